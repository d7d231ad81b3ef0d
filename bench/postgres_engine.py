"""PostgreSQL full-text search as a baseline: what a newsroom with a database already has.

A throwaway cluster in a temporary directory (initdb, a unix socket there, no TCP, no
system service), started and stopped by the benchmark. One table with title and body
(the lead opens the body, as in the Whoosh baselines), a `russian` tsvector of each
(title weighted A, body D) under a GIN index; queries through `websearch_to_tsquery`,
ranked by `ts_rank_cd` (cover density), snippets by `ts_headline`.
"""

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

from bench.baselines import Found, document

# initdb refuses to run as root: the cluster then belongs to this user.
SERVER_USER = "nobody"
CONFIG = "russian"
SCHEMA = """
CREATE TABLE docs (id text PRIMARY KEY, title text, body text);
"""
VECTORS = f"""
ALTER TABLE docs ADD COLUMN body_tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('{CONFIG}', body)) STORED;
ALTER TABLE docs ADD COLUMN all_tsv tsvector
    GENERATED ALWAYS AS (setweight(to_tsvector('{CONFIG}', title), 'A')
                         || setweight(to_tsvector('{CONFIG}', body), 'D')) STORED;
CREATE INDEX docs_all ON docs USING gin (all_tsv);
CREATE INDEX docs_body ON docs USING gin (body_tsv);
ANALYZE docs;
"""
COLUMNS = {"all": "all_tsv", "body": "body_tsv"}
# Only one text of one search is needed: the first 50 KB of a body is plenty for a snippet.
SEARCH = """
SELECT id, {headline} FROM docs, websearch_to_tsquery('{config}', %s) AS query
WHERE {column} @@ query ORDER BY ts_rank_cd({column}, query) DESC, id LIMIT %s
"""
HEADLINE = f"ts_headline('{CONFIG}', left(body, 50000), query, 'StartSel=<mark>, StopSel=</mark>')"


def server_bin() -> Path | None:
    """The directory of PostgreSQL's server programs (initdb, pg_ctl), None if not installed."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    installed = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(installed[-1]).parent if installed else None


def available() -> str | None:
    """None when a cluster can be made here; otherwise why not, in one line."""
    if server_bin() is None:
        return "PostgreSQL is not installed (no initdb): its column is left out"
    return None


def as_server_user() -> list[str]:
    """The command prefix that runs a server program as a non-root user when we are root."""
    # runuser lives in /usr/sbin, which a root PATH may lack.
    runuser = shutil.which("runuser") or shutil.which("runuser", path="/usr/sbin:/sbin")
    return [runuser or "runuser", "-u", SERVER_USER, "--"] if os.geteuid() == 0 else []


class Cluster:
    """A PostgreSQL cluster in a fresh temporary directory; `stop()` removes it all."""

    def __init__(self):
        self.bin = server_bin()
        self.dir = Path(tempfile.mkdtemp(prefix="bench-pg-"))
        if os.geteuid() == 0:
            user = pwd.getpwnam(SERVER_USER)
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        self.data = self.dir / "data"
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                 "--locale=C.UTF-8")  # fmt: skip
        # No TCP, the socket in our directory; a benchmark's data need not survive a crash.
        options = f"-k {self.dir} -c listen_addresses='' -c fsync=off -c shared_buffers=256MB"
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"),
                 "-w", "start")  # fmt: skip

    def run(self, program: str, *args: str) -> None:
        command = [*as_server_user(), str(self.bin / program), *args]
        subprocess.run(command, check=True, capture_output=True, cwd=self.dir)

    def connect(self):
        """A new autocommit connection to the cluster's `postgres` database."""
        return psycopg.connect(host=str(self.dir), user="postgres", dbname="postgres",
                               autocommit=True)  # fmt: skip

    def stop(self) -> None:
        """Stop the server and remove the cluster's directory."""
        try:
            self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def build(cluster: Cluster, articles) -> float:
    """Load the articles, then make the tsvectors and GIN indexes; returns the seconds."""
    started = time.monotonic()
    with cluster.connect() as conn:
        conn.execute(SCHEMA)
        with conn.cursor().copy("COPY docs (id, title, body) FROM STDIN") as copy:
            for article in articles:
                doc = document(article)
                copy.write_row((doc["id"], doc["title"], doc["body"]))
        conn.execute(VECTORS)
    return time.monotonic() - started


class PostgresSearch:
    """The loaded cluster behind the same `search` as the Whoosh baselines."""

    def __init__(self, cluster: Cluster):
        self.conn = cluster.connect()

    def search(self, text: str, scope="all", sort="relevance", snippets=True, limit=10) -> Found:
        """The top `limit` ids by ts_rank_cd, with ts_headline snippets when asked for."""
        sql = SEARCH.format(headline=HEADLINE if snippets else "''", config=CONFIG,
                            column=COLUMNS[scope])  # fmt: skip
        if sort == "date":
            raise ValueError("the PostgreSQL baseline ranks by relevance only")
        rows = self.conn.execute(sql, (text, limit)).fetchall()
        return Found([row[0] for row in rows], [row[1] for row in rows] if snippets else [])

    def close(self) -> None:
        self.conn.close()
