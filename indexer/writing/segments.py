"""Writing in parallel in bounded segments, all made visible by one commit.

Whoosh's parallel writer keeps every posting of a worker's share of the corpus
until the commit, in memory up to its limit and then in sorted runs on disk:
2.8 GB of memory per worker and 6.4 GB of temporary files for a 1 GB index at
100,000 articles. Here each worker closes its segment once its postings reach
ROLL_MB and starts a new one, before any run is spilled: memory stays bounded,
there are no temporary runs (spilling also cost 45 % more CPU), and the closed
segments are listed in the table of contents only at the commit, so searchers
see the old index until then.
"""

import queue

from whoosh import multiproc
from whoosh.writing import SegmentWriter

# Postings a worker holds (as Whoosh counts them: ~1.3x that in memory) before closing its
# segment: about 4,000 articles of 2,500 characters; a worker peaks near 650 MB.
ROLL_MB = 384
RESULT_WAIT_S = 1.0


def keep_live_segments(writer, segments: list) -> list:
    """The merge policy of an incremental build: no merge, only segments whose every
    article was replaced or removed are dropped.

    Whoosh's merges re-read every posting in Python, slower than indexing anew (about
    85 articles a CPU-second), and its default policy merged most of a 100,000-article
    index into one segment after 1 % of it changed. A full build (`--full`) writes few
    large segments again.
    """
    return [segment for segment in segments if segment.doc_count() > 0]


class RollingTask(multiproc.SubWriterTask):
    """A worker process that closes its segment whenever its postings reach ROLL_MB."""

    def run(self) -> None:
        ix = self.storage.open_index(self.indexname)
        self.writer = SegmentWriter(ix, _lk=False, **self.kwargs)
        segments = []
        while self.running and (job := self.jobqueue.get()) is not None:
            self._process_file(*job)
            if self.writer.pool.currentsize >= ROLL_MB * 2**20:
                segments.append(close_segment(self.writer))
                self.writer = SegmentWriter(ix, _lk=False, **self.kwargs)
        if not self.running:
            self.writer.cancel()
            return
        if self.writer.docnum:
            segments.append(close_segment(self.writer))
        self.resultqueue.put(segments)


def close_segment(writer: SegmentWriter):
    """Write a worker's segment out; its sorted runs are deleted as they are merged.

    The temporary folder is shared by every writer of the index: it stays.
    """
    return writer._finalize_segment()


class RollingWriter(multiproc.MpWriter):
    """Whoosh's parallel writer with RollingTask workers and no merge of their segments."""

    def __init__(self, ix, procs: int, **kwargs):
        super().__init__(ix, procs=procs, multisegment=True, **kwargs)

    def _new_task(self):
        args = (self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, True)
        task = RollingTask(*args)
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        """Stop the workers (Whoosh's cancel cannot reach another process); write nothing."""
        for task in self.tasks:
            task.terminate()
        for task in self.tasks:
            task.join()
        SegmentWriter.cancel(self)

    def _commit(self, mergetype, optimize, merge) -> None:
        if self.docbuffer:
            self._enqueue()
        for _ in self.tasks:
            self.jobqueue.put(None)
        segments = self._merge_segments(mergetype, optimize, merge)
        for worker_segments in self.collect():
            segments += worker_segments
        for task in self.tasks:
            task.join()
        if self._added:
            segments.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(segments)
        self._finish()

    def collect(self) -> list[list]:
        """Each worker's segments, read before joining it (a full pipe would block its exit)."""
        results = []
        while len(results) < len(self.tasks):
            try:
                results.append(self.resultqueue.get(timeout=RESULT_WAIT_S))
            except queue.Empty:
                if not any(task.is_alive() for task in self.tasks) and self.resultqueue.empty():
                    raise RuntimeError("a build worker ended without its segments") from None
        return results
