"""Servers under test as real subprocesses: ``alliancekg serve`` and
rdflib-endpoint, each on a free port of 127.0.0.1, plus their memory.

    with AllianceKGServer(store_dir) as srv:       # srv.url, srv.startup_s, srv.memory()
        ...
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

__all__ = ["free_port", "Server", "AllianceKGServer", "RdflibEndpointServer", "process_memory"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak RSS) of a process, in bytes."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) * 1024
    except OSError:
        pass
    return out


def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                kids.append(int(entry.name))
    return kids


def process_memory(pid: int) -> dict:
    """Peak and current RSS of a process and of every process below it."""
    main = _status(pid)
    children = []
    todo = _children(pid)
    while todo:
        child = todo.pop()
        todo.extend(_children(child))
        try:
            cmd = Path(f"/proc/{child}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")[:80]
        except OSError:
            cmd = ""
        children.append({"pid": child, "cmd": cmd, **_status(child)})
    return {
        "server_peak_rss": main.get("VmHWM", 0),
        "server_rss": main.get("VmRSS", 0),
        "children": children,
        "children_peak_rss_sum": sum(c.get("VmHWM", 0) for c in children),
        "total_rss_now": main.get("VmRSS", 0) + sum(c.get("VmRSS", 0) for c in children),
    }


class Server:
    """A subprocess serving HTTP on 127.0.0.1; ready when ``ready_path`` answers 200."""

    ready_path = "/"

    def __init__(self, args: list[str], *, port: int, endpoint_path: str, env: dict | None = None,
                 start_timeout: float = 600.0, log: Path | None = None) -> None:
        self.args = args
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.url = self.base + endpoint_path
        self.env = {**os.environ, **(env or {})}
        self.start_timeout = start_timeout
        self.log_path = log
        self.proc: subprocess.Popen | None = None
        self.startup_s = float("nan")

    def start(self) -> Server:
        log = open(self.log_path, "wb") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        t = time.perf_counter()
        self.proc = subprocess.Popen(self.args, stdout=log, stderr=subprocess.STDOUT, env=self.env, start_new_session=True)
        deadline = t + self.start_timeout
        with httpx.Client(timeout=5) as client:
            while time.perf_counter() < deadline:
                if self.proc.poll() is not None:
                    tail = Path(self.log_path).read_text(errors="replace")[-2000:] if self.log_path else ""
                    raise RuntimeError(f"{self.args[:4]} exited with {self.proc.returncode} before serving:\n{tail}")
                try:
                    if client.get(self.base + self.ready_path).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.1)
            else:
                self.stop()
                raise RuntimeError(f"{self.args[:4]} did not answer within {self.start_timeout:.0f} s")
        self.startup_s = time.perf_counter() - t
        return self

    def memory(self) -> dict:
        return process_memory(self.proc.pid) if self.proc else {}

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        try:  # the whole session we started: the server and its workers
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=15)
        except (subprocess.TimeoutExpired, ProcessLookupError):
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=15)

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class AllianceKGServer(Server):
    """``alliancekg serve`` on an on-disk store, default settings (worker processes)."""

    ready_path = "/health"

    def __init__(self, store: Path, *, log: Path | None = None, extra: list[str] | None = None) -> None:
        port = free_port()
        exe = Path(sys.executable).with_name("alliancekg")
        cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "alliancekg.api.cli"]
        env = {k: v for k, v in os.environ.items() if not k.startswith("ALLIANCEKG_")}  # defaults, read-only
        super().__init__(cmd + ["serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port),
                                "--seeds", str(store) + ".no-seeds", "--log-level", "warning", *(extra or [])],
                         port=port, endpoint_path="/sparql", log=log)
        self.env = env


class RdflibEndpointServer(Server):
    """rdflib-endpoint (from PyPI) serving an RDF file with rdflib's in-memory store."""

    ready_path = "/"

    def __init__(self, data: Path, *, log: Path | None = None) -> None:
        port = free_port()
        super().__init__([sys.executable, "-m", "rdflib_endpoint", "serve", "--host", "127.0.0.1", "--port", str(port), str(data)],
                         port=port, endpoint_path="/", log=log, start_timeout=1200)
