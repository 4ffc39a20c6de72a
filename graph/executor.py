"""Run SPARQL queries under a time limit that really stops them.

Oxigraph cannot cancel a running query (a thread cannot be stopped either),
so a query that must be stoppable runs in a worker *process*, which is
killed when the time is up and replaced.  Workers read a snapshot of the
embedded store: :meth:`EmbeddedStore.snapshot` makes a RocksDB checkpoint
(hard links, a few milliseconds) after each write generation, and a worker
opens it read-only.  A checkpoint never changes, so readers never race the
writer's compactions (opening the live folder read-only while it is written
is undefined behaviour in RocksDB, and fails in practice).  Every answer
reflects every write that returned before the query was dispatched.

:class:`InlineExecutor` runs on the calling thread: for in-memory and
remote stores.  Its time limit only stops *waiting*: the work itself goes on
until it ends (remote servers enforce their own limits).
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue
import shutil
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any, Protocol

from .errors import AllianceKGError, Overloaded, QueryTimeout, StoreError
from .sparql import Answer, QueryJob, run_job
from .store.base import Store

__all__ = ["QueryExecutor", "InlineExecutor", "ProcessExecutor", "make_executor"]

log = logging.getLogger(__name__)


class QueryExecutor(Protocol):
    timeout: float

    def run(self, job: QueryJob) -> Answer:
        """Answer ``job``, or raise QueryTimeout / Overloaded / a query error."""

    def close(self) -> None: ...


def _timeout_message(seconds: float) -> str:
    return (f"the query ran over the {seconds:g} s time limit and was stopped; "
            "make it cheaper (more specific patterns, a LIMIT) or ask the operator for a longer limit")


class InlineExecutor:
    """Queries on a bounded pool of threads sharing the store."""

    def __init__(self, store: Store, *, timeout: float = 30.0, workers: int = 4, queue_timeout: float | None = None) -> None:
        self.store = store
        self.timeout = timeout
        self.queue_timeout = timeout if queue_timeout is None else queue_timeout
        self._slots = threading.BoundedSemaphore(workers)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="akg-query")

    def run(self, job: QueryJob) -> Answer:
        if not self._slots.acquire(timeout=self.queue_timeout):
            raise Overloaded("every query worker is busy; try again in a few seconds")
        future = self._pool.submit(run_job, self.store, job)
        future.add_done_callback(lambda _: self._slots.release())
        try:
            return future.result(timeout=self.timeout or None)
        except FutureTimeout:
            raise QueryTimeout(_timeout_message(self.timeout)) from None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


# -- worker processes ---------------------------------------------------------
def _worker_main(conn: Any) -> None:
    """A query worker: receives ``(snapshot_path, job)``, answers ``("ok", Answer)``
    or ``("error", exception)``.  Opens each snapshot once, read-only."""
    from .store.embedded import EmbeddedStore

    current: tuple[str, EmbeddedStore] | None = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if message is None:
            return
        path, job = message
        try:
            if current is None or current[0] != path:
                if current is not None:
                    current[1].close()
                current = None
                current = (path, EmbeddedStore(path, read_only=True))
            reply: tuple[str, Any] = ("ok", run_job(current[1], job))
        except AllianceKGError as exc:
            reply = ("error", exc)
        except Exception as exc:  # noqa: BLE001 - reported to the caller, the worker lives on
            reply = ("error", StoreError(f"the query failed inside the engine: {type(exc).__name__}: {exc}"))
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, ctx: Any) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child,), daemon=True, name="akg-query-worker")
        self.process.start()
        child.close()
        self.snapshot: str | None = None

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(timeout=5)
        finally:
            self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=2)
        self.conn.close()


class ProcessExecutor:
    """Queries in worker processes reading snapshots of an on-disk store."""

    def __init__(self, store: Any, *, timeout: float = 30.0, workers: int = 2,
                 queue_timeout: float | None = None, snapshot_root: str | Path | None = None) -> None:
        if getattr(store, "location", ":memory:") == ":memory:" or not hasattr(store, "snapshot"):
            raise StoreError("worker processes need an on-disk embedded store")
        self.store = store
        self.timeout = timeout
        self.queue_timeout = timeout if queue_timeout is None else queue_timeout
        self._ctx = mp.get_context("spawn")  # no fork: the parent has threads and RocksDB handles
        root = Path(snapshot_root) if snapshot_root else Path(str(store.location).rstrip("/\\") + ".snapshots")
        shutil.rmtree(root, ignore_errors=True)  # left over from a crash
        root.mkdir(parents=True, exist_ok=True)
        self._root = root
        self._lock = threading.Lock()
        self._snapshot: tuple[int, str] | None = None
        self._users: dict[str, int] = {}
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._closed = False
        for _ in range(max(1, workers)):
            self._add_worker()

    def _add_worker(self) -> None:
        w = _Worker(self._ctx)
        with self._lock:
            self._all.add(w)
        self._idle.put(w)

    # snapshots: one per write generation, removed when no worker reads it
    def _acquire_snapshot(self) -> str:
        with self._lock:
            gen = self.store.generation
            if self._snapshot is None or self._snapshot[0] != gen:
                path = str(self._root / f"gen-{gen}-{uuid.uuid4().hex[:8]}")
                self.store.snapshot(path)
                old = self._snapshot
                self._snapshot = (gen, path)
                self._users.setdefault(path, 0)
                if old is not None and self._users.get(old[1], 0) == 0:
                    self._discard(old[1])
            path = self._snapshot[1]
            self._users[path] = self._users.get(path, 0) + 1
            return path

    def _release_snapshot(self, path: str) -> None:
        with self._lock:
            self._users[path] -= 1
            if self._users[path] == 0 and (self._snapshot is None or self._snapshot[1] != path):
                self._discard(path)

    def _discard(self, path: str) -> None:
        self._users.pop(path, None)
        shutil.rmtree(path, ignore_errors=True)  # a worker that still has it open keeps its files (POSIX)

    def run(self, job: QueryJob) -> Answer:
        if self._closed:
            raise StoreError("the query executor is closed")
        deadline = time.monotonic() + (self.queue_timeout or 0)
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()) if self.queue_timeout else None)
            except queue.Empty:
                raise Overloaded("every query worker stayed busy; try again in a few seconds") from None
            if worker.process.is_alive():
                break
            self._replace(worker)  # died while idle (killed from outside): never hand it a query
        try:
            path = self._acquire_snapshot()
        except BaseException:
            self._idle.put(worker)
            raise
        healthy = True
        try:
            try:
                worker.conn.send((path, job))
                if not worker.conn.poll(self.timeout or None):
                    healthy = False
                    raise QueryTimeout(_timeout_message(self.timeout))
                status, payload = worker.conn.recv()
            except (EOFError, OSError, BrokenPipeError):
                healthy = False
                raise StoreError("the query worker died while answering (out of memory?); "
                                 "the query was not completed, try a cheaper one") from None
        finally:
            self._release_snapshot(path)
            if healthy:
                self._idle.put(worker)
            else:
                self._replace(worker)
        if status == "ok":
            return payload
        raise payload

    def _replace(self, worker: _Worker) -> None:
        started = time.perf_counter()
        worker.kill()
        with self._lock:
            self._all.discard(worker)
        if not self._closed:
            self._add_worker()
        log.warning("replaced a query worker (killed after %.0f ms)", 1000 * (time.perf_counter() - started))

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()
        shutil.rmtree(self._root, ignore_errors=True)


def make_executor(store: Store, *, timeout: float, workers: int, isolate: bool = True) -> QueryExecutor:
    """Worker processes for an on-disk embedded store (when ``isolate``), else
    threads.  A remote store's queries run on threads with the time limit as
    their HTTP timeout (the request is closed) and as the server's own limit
    where it takes one (Virtuoso's ``timeout``)."""
    if hasattr(store, "query_timeout") and timeout:
        store.query_timeout = timeout
    if isolate and hasattr(store, "snapshot") and getattr(store, "location", ":memory:") != ":memory:" \
            and not getattr(store, "read_only", False):
        return ProcessExecutor(store, timeout=timeout, workers=workers)
    return InlineExecutor(store, timeout=timeout, workers=max(workers, 2))

