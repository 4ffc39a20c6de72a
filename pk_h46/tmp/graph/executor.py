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

Under load, :class:`ProcessExecutor` keeps cheap queries answering while
expensive ones run into the time limit:

- *admission*: at most ``max_pending`` queries wait or run at once (by
  default eight per worker, at most 24), and a query waits for a worker at most half
  the time limit; one more, or one that waited that long, is refused with
  :class:`Overloaded` (503 with Retry-After) instead of queueing without
  bound and holding one of the web server's threads while it waits;
- *a lane for long queries*: a query still running after ``long_after``
  seconds is a long one, and at most ``long_lanes`` of them (by default half
  the workers, at least one) may run at once; a query that turns long when
  they are all taken is stopped (its worker killed and replaced) with
  :class:`Overloaded`, so the other workers keep turning over quickly;
- *memory of expensive queries*: a query that ran long is remembered (by
  its tokens, variables renamed, comments and white space dropped); the
  next time it comes it goes straight to the long lane, or is refused at
  once when that is full, and never occupies a quick worker.  One that ran
  over the time limit is refused at once for ``cooldown`` seconds (by
  default twice the limit, at least 10 s): running it again would most
  likely only hold a worker for the whole limit, then cost a new worker.

:class:`InlineExecutor` runs on the calling thread: for in-memory and
remote stores.  Its time limit only stops *waiting*: the work itself goes on
until it ends (remote servers enforce their own limits).
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing as mp
import queue
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any, Protocol

from .errors import AllianceKGError, Overloaded, QueryTimeout, StoreError
from .guard import decode_escapes, tokens
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


_FINGERPRINT_TOKENS_UP_TO = 32 * 1024


def query_fingerprint(sparql: str) -> str:
    """A query's identity for remembering that it is expensive: its tokens,
    with variables renamed in order of appearance and keywords in upper case
    (comments and white space do not count)."""
    if len(sparql) > _FINGERPRINT_TOKENS_UP_TO:  # tokenising a megabyte would cost this process's GIL: the text itself
        return hashlib.sha1(sparql.encode("utf-8", "surrogatepass")).hexdigest()
    names: dict[str, str] = {}
    parts = []
    for kind, value in tokens(decode_escapes(sparql)):
        if kind == "var":
            value = names.setdefault(value[1:], f"?v{len(names)}")
        elif kind == "word":
            value = value.upper()  # keywords are case-insensitive
        parts.append(value)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class _Remembered:
    """Fingerprints of queries that ran long, with when they last ran over
    the time limit (0: they ran long but were stopped before it); bounded, the
    least recently seen dropped first."""

    def __init__(self, size: int = 1024) -> None:
        self._items: OrderedDict[str, float] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def add(self, key: str, timed_out_at: float = 0.0) -> None:
        with self._lock:
            self._items[key] = max(timed_out_at, self._items.get(key, 0.0))
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def get(self, key: str) -> float | None:
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]


# -- worker processes ---------------------------------------------------------
def _worker_main(conn: Any) -> None:
    """A query worker: receives ``(snapshot_path, job)``, answers ``("ok", Answer)``
    or ``("error", exception)``.  Opens each snapshot once, read-only."""
    from .store.embedded import EmbeddedStore

    try:
        conn.send("ready")  # imported: the pool may hand this worker a query now
    except (OSError, ValueError):
        return
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


class _LanesFull(Exception):
    """A query turned long while every long lane was taken."""


class _Worker:
    def __init__(self, ctx: Any) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child,), daemon=True, name="akg-query-worker")
        self.process.start()
        child.close()
        self.snapshot: str | None = None
        self.took_lane = False

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
                 queue_timeout: float | None = None, snapshot_root: str | Path | None = None,
                 max_pending: int | None = None, long_after: float | None = None, long_lanes: int | None = None,
                 cooldown: float | None = None) -> None:
        if getattr(store, "location", ":memory:") == ":memory:" or not hasattr(store, "snapshot"):
            raise StoreError("worker processes need an on-disk embedded store")
        self.store = store
        self.timeout = timeout
        # a query waits for a free worker at most half its time limit, so that a
        # cheap query is answered (or refused with 503) well within the limit
        self.queue_timeout = timeout / 2 if queue_timeout is None else queue_timeout
        workers = max(1, workers)
        # each waiting query holds one of the web server's threads (anyio gives 40): leave most to the rest
        self.max_pending = max_pending or min(8 * workers, 24)
        self._admitted = threading.BoundedSemaphore(self.max_pending)
        # a query running longer than this is a long one (0: no lanes, every query may run to the limit)
        self.long_after = (min(1.0, timeout / 4) if timeout else 0.0) if long_after is None else long_after
        self.long_lanes = long_lanes or max(1, workers // 2)
        self._long = threading.BoundedSemaphore(self.long_lanes)
        self._expensive = _Remembered()
        self.cooldown = max(10.0, 2 * timeout) if cooldown is None else cooldown
        self._ctx = mp.get_context("spawn")  # no fork: the parent has threads and RocksDB handles
        root = Path(snapshot_root) if snapshot_root else Path(str(store.location).rstrip("/\\") + ".snapshots")
        shutil.rmtree(root, ignore_errors=True)  # left over from a crash
        root.mkdir(parents=True, exist_ok=True)
        self._root = root
        self._lock = threading.Lock()
        self._snapshot: tuple[int, str] | None = None
        self._users: dict[str, int] = {}
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()  # the last used worker first: its caches are warm
        self._all: set[_Worker] = set()
        self._closed = False
        for _ in range(workers):
            self._add_worker()

    def _add_worker(self) -> None:
        """Start a worker; it joins the idle ones once it has started up (so
        that a query never waits on a new worker's imports while another
        worker could answer it)."""
        w = _Worker(self._ctx)
        with self._lock:
            self._all.add(w)

        def join_when_ready() -> None:
            try:
                ready = w.conn.poll(120) and w.conn.recv() == "ready"
            except (EOFError, OSError):
                ready = False
            if ready and w.process.is_alive():  # not one killed between saying "ready" and joining
                self._idle.put(w)
            elif not self._closed:
                self._replace(w)

        threading.Thread(target=join_when_ready, daemon=True, name="akg-worker-start").start()

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
        if not self._admitted.acquire(blocking=False):
            raise Overloaded(f"the server has {self.max_pending} queries waiting or running already; "
                             "try again in a few seconds")
        try:
            return self._run_admitted(job)
        finally:
            self._admitted.release()

    def _run_admitted(self, job: QueryJob) -> Answer:
        fingerprint = query_fingerprint(job.sparql) if self.long_after else ""
        long_held = False
        seen = self._expensive.get(fingerprint) if fingerprint else None
        if seen is not None:
            if seen and time.monotonic() - seen < self.cooldown:
                wait = self.cooldown - (time.monotonic() - seen)
                raise Overloaded(f"this query ran over the {self.timeout:g} s time limit {time.monotonic() - seen:.0f} s ago, "
                                 f"so it is refused for another {wait:.0f} s; make it cheaper (a LIMIT, more specific "
                                 "patterns) or ask the operator for a longer limit")
            # it ran long before: only in the long lane, never blocking a quick worker
            if not self._long.acquire(blocking=False):
                raise Overloaded("this query ran over the time limit before, and every slot for long queries is "
                                 "taken; try again in a few seconds, or make it cheaper (a LIMIT, more specific patterns)")
            long_held = True
        try:
            return self._dispatch(job, fingerprint, long_held)
        finally:
            if long_held:
                self._long.release()

    def _dispatch(self, job: QueryJob, fingerprint: str, long_held: bool) -> Answer:
        deadline = time.monotonic() + (self.queue_timeout or 0)
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, deadline - time.monotonic()) if self.queue_timeout else None)
            except queue.Empty:
                raise Overloaded("every query worker stayed busy; try again in a few seconds") from None
            if worker.process.is_alive():
                self._reap_idle()  # an idle one that died (killed from outside, or still dying at the last check) is replaced now
                break
            self._replace(worker)  # died while idle (killed from outside): never hand it a query
            self._reap_idle()  # nor any other idle one that died with it
        try:
            path = self._acquire_snapshot()
        except BaseException:
            self._idle.put(worker)
            raise
        healthy = True
        took_lane = False
        try:
            try:
                worker.conn.send((path, job))
                if not self._wait(worker, job, fingerprint, long_held):
                    healthy = False
                    if fingerprint:
                        self._expensive.add(fingerprint, time.monotonic())
                    raise QueryTimeout(_timeout_message(self.timeout))
                status, payload = worker.conn.recv()
            except _LanesFull:
                healthy = False
                if fingerprint:
                    self._expensive.add(fingerprint)  # it ran long: next time only in the long lane
                raise Overloaded("the query ran long while every slot for long queries was taken, so it was stopped; "
                                 "try again in a few seconds, or make it cheaper (a LIMIT, more specific patterns)") from None
            except (EOFError, OSError, BrokenPipeError):
                healthy = False
                raise StoreError("the query worker died while answering (out of memory?); "
                                 "the query was not completed, try a cheaper one") from None
        finally:
            took_lane = getattr(worker, "took_lane", False)
            worker.took_lane = False
            if took_lane:
                self._long.release()
            self._release_snapshot(path)
            if healthy:
                self._idle.put(worker)
            else:
                self._replace(worker)
        if status == "ok":
            return payload
        raise payload

    def _wait(self, worker: _Worker, job: QueryJob, fingerprint: str, long_held: bool) -> bool:
        """Wait for the worker's answer; False at the time limit.  A query that
        turns long takes a long lane, or raises :class:`_LanesFull`."""
        if not self.timeout:
            return worker.conn.poll(None)
        if long_held or not self.long_after or self.long_after >= self.timeout:
            return worker.conn.poll(self.timeout)
        if worker.conn.poll(self.long_after):
            return True
        if not self._long.acquire(blocking=False):
            raise _LanesFull
        worker.took_lane = True
        return worker.conn.poll(self.timeout - self.long_after)

    def _reap_idle(self) -> None:
        """Replace every dead worker waiting in the idle stack (the stack's order is kept)."""
        alive = []
        while True:
            try:
                w = self._idle.get_nowait()
            except queue.Empty:
                break
            if w.process.is_alive():
                alive.append(w)
            else:
                self._replace(w)
        for w in reversed(alive):
            self._idle.put(w)

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

