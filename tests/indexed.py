"""What an index holds, read straight from its stored fields, for build tests."""

from pathlib import Path

from whoosh import index

from indexer.writing.schema import column_values


def stored_documents(index_dir: Path) -> dict[str, dict]:
    """id → every stored field (and the fingerprint) of each live article."""
    with index.open_dir(str(index_dir)).reader() as reader:
        prints = column_values(reader, "fingerprint")
        documents = {}
        for docnum, fields in reader.iter_docs():
            documents[fields["id"]] = {**fields, "fingerprint": prints.get(docnum)}
        return documents


def titles_with(index_dir: Path, word: str) -> list[str]:
    """The sorted titles of the articles whose title or body holds `word`."""
    documents = stored_documents(index_dir).values()
    return sorted(doc["title"] for doc in documents if word in doc["title"] + doc["body"])
