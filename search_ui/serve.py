"""`make serve`: several waitress processes answering on one listening socket.

    python -m search_ui.serve [--host 127.0.0.1] [--port 8000] [--workers N] [--threads 8]

Waitress serves from one process, whose Python threads share one core at a time;
N worker processes (default: one per core) answer on one address (each its own
SO_REUSEPORT socket, or one inherited socket where the system has none), so
throughput grows with the cores. They share the index files
through the page cache. A worker that dies is started again; SIGTERM or Ctrl-C
stops them all.
"""

import argparse
import os
import signal
import socket
import subprocess
import sys
import time

# Waitress's settings, for the load the service expects (a few dozen clients at once):
# a connection left idle for CHANNEL_TIMEOUT seconds is closed, so idle connections
# cannot fill CONNECTION_LIMIT and lock everyone out, as ~100 did with the defaults
# (limit 100, 120 s). A request is read ahead so that a client hanging up is noticed
# (waitress.client_disconnected) and its search stopped.
SETTINGS = {
    "connection_limit": 400,
    "channel_timeout": 15,
    "cleanup_interval": 5,
    "channel_request_lookahead": 1,
    "backlog": 1024,
    "ident": "news-search",
}
# Each worker listens on its own socket of the same port and the kernel spreads new
# connections among them: on one shared socket, whichever worker woke first took the
# connection, and one of two workers served 70 % of the requests.
REUSE_PORT = hasattr(socket, "SO_REUSEPORT")
# A worker dying this soon after its start, this many times in a row, ends the service.
QUICK_DEATH_SECONDS, QUICK_DEATHS = 5.0, 3


def listening_socket(host: str, port: int) -> socket.socket:
    """The socket the workers are handed: listening, or with SO_REUSEPORT only bound,
    to hold the address for the workers' own listening sockets."""
    sock = bound_socket(host, port)
    if not REUSE_PORT:
        sock.listen(SETTINGS["backlog"])
    sock.set_inheritable(True)
    return sock


def bound_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if REUSE_PORT:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def worker_socket(fd: int) -> socket.socket:
    """The socket a worker accepts on: the inherited one, or its own on the same address."""
    inherited = socket.socket(fileno=fd)
    if not REUSE_PORT:
        return inherited
    own = bound_socket(*inherited.getsockname()[:2])
    own.listen(SETTINGS["backlog"])
    inherited.close()
    return own


def start_worker(sock: socket.socket, threads: int) -> subprocess.Popen:
    """One waitress process on the shared socket."""
    fd = sock.fileno()
    command = [sys.executable, "-m", "search_ui.serve", "--worker-fd", str(fd)]
    return subprocess.Popen([*command, "--threads", str(threads)], pass_fds=(fd,))


def run_worker(fd: int, threads: int) -> None:
    """Serve the app on the inherited socket until stopped."""
    from waitress import serve

    from search_ui.wsgi import app

    serve(app, sockets=[worker_socket(fd)], threads=threads, **SETTINGS)


class Supervisor:
    """Keeps `workers` processes serving; stops them all on SIGTERM or SIGINT."""

    def __init__(self, sock: socket.socket, workers: int, threads: int):
        self.sock, self.threads = sock, threads
        self.running = {start_worker(sock, threads): time.monotonic() for _ in range(workers)}
        self.stopping = False
        self.quick_deaths = 0

    def stop(self, *_signal) -> None:
        self.stopping = True

    def watch(self) -> int:
        """Restart workers that die until told to stop; the exit status."""
        while not self.stopping:
            time.sleep(0.5)
            dead = [(w, t) for w, t in self.running.items() if w.poll() is not None]
            for worker, started in dead:
                if not self.stopping and not self.replace(worker, started):
                    return self.end(1)
        return self.end(0)

    def replace(self, worker: subprocess.Popen, started: float) -> bool:
        """A new worker for a dead one; False when workers keep dying at start."""
        del self.running[worker]
        quick = time.monotonic() - started < QUICK_DEATH_SECONDS
        self.quick_deaths = self.quick_deaths + 1 if quick else 0
        print(f"worker {worker.pid} exited ({worker.returncode}); starting another", flush=True)
        if self.quick_deaths >= QUICK_DEATHS:
            print("workers keep dying at start: stopping", file=sys.stderr, flush=True)
            return False
        self.running[start_worker(self.sock, self.threads)] = time.monotonic()
        return True

    def end(self, status: int) -> int:
        for worker in self.running:
            worker.terminate()
        for worker in self.running:
            worker.wait(timeout=30)
        return status


def parse_args(argv: list[str] | None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--threads", type=int, default=8, help="threads per worker")
    parser.add_argument("--worker-fd", type=int, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Command line: the supervisor, or (with --worker-fd) one worker."""
    args = parse_args(argv)
    if args.worker_fd is not None:
        run_worker(args.worker_fd, args.threads)
        return
    supervisor = Supervisor(listening_socket(args.host, args.port), args.workers, args.threads)
    signal.signal(signal.SIGTERM, supervisor.stop)
    signal.signal(signal.SIGINT, supervisor.stop)
    print(f"serving on http://{args.host}:{args.port} with {args.workers} worker(s)", flush=True)
    sys.exit(supervisor.watch())


if __name__ == "__main__":
    main()
