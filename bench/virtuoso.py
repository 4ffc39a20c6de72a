"""A throwaway OpenLink Virtuoso server on free 127.0.0.1 ports, for tests and
benchmarks (Debian's ``virtuoso-opensource`` package: ``virtuoso-t``).

A copy of the packaged ``virtuoso.ini`` with the database files moved into a
temporary folder and both ``ServerPort`` values (SQL in ``[Parameters]``,
HTTP in ``[HTTPServer]``) changed starts a fresh database in a few seconds::

    python -m bench.virtuoso --dir /tmp/v      # prints the SPARQL URL, runs until killed

    from bench.virtuoso import start_virtuoso
    with start_virtuoso() as server:           # stopped and removed on exit
        server.query_url, server.update_url    # /sparql and /sparql-auth (digest, dba/dba)

Nothing here is AllianceKG-specific; :mod:`bench.remote_store` and the test
fixtures use it, and ``.ci/run`` does the same in shell.
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["VirtuosoServer", "start_virtuoso", "write_ini", "free_port", "STOCK_INI"]

STOCK_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_ini(folder: Path, *, http_port: int, sql_port: int, buffers: int = 10000, max_rows: int = 10_000_000,
              stock: Path = STOCK_INI) -> Path:
    """A copy of the stock INI that keeps everything in ``folder``.

    ``buffers`` is NumberOfBuffers (8 KB pages; the stock 10000 is 80 MB;
    Virtuoso's own advice is about 2/3 of free memory for big loads);
    ``max_rows`` is [SPARQL] ResultSetMaxRows (stock: 10000, which silently
    cuts longer answers).  [SPARQL] MaxQueryCostEstimationTime is 0: the stock
    400 s refuses queries by the planner's estimate, which on a small or fresh
    database can be wildly wrong (AllianceKG's own time limit still holds)."""
    section = ""
    out = []
    for line in stock.read_text().splitlines():
        m = re.match(r"\s*\[([^\]]+)\]", line)
        if m:
            section = m.group(1)
        key = line.split("=", 1)[0].strip() if "=" in line and not line.lstrip().startswith(";") else ""
        value = None
        if key in ("DatabaseFile", "ErrorLogFile", "LockFile", "TransactionFile", "xa_persistent_file") \
                and section in ("Database", "TempDatabase"):
            value = str(folder / Path(line.split("=", 1)[1].split(";")[0].strip()).name)
        elif key == "ServerPort" and section == "Parameters":
            value = str(sql_port)
        elif key == "ServerPort" and section == "HTTPServer":
            value = str(http_port)
        elif key == "DirsAllowed":
            value = f"., {folder}, /usr/share/virtuoso-opensource-7/vad"
        elif key == "NumberOfBuffers" and section == "Parameters":
            value = str(buffers)
        elif key == "MaxDirtyBuffers" and section == "Parameters":
            value = str(buffers * 3 // 4)
        elif key == "ResultSetMaxRows":
            value = str(max_rows)
        elif key == "MaxQueryCostEstimationTime":
            value = "0"  # no refusal on the planner's estimate: on a small or fresh database it guesses wildly
            # (19,755,720 s for the README's investments query, refused about one run in three; 0 turns the check off)
        elif key == "DefaultHost":
            value = f"127.0.0.1:{http_port}"
        elif key == "ServerName" and section == "Zero Config":
            value = f"akg-throwaway-{http_port}"
        out.append(f"{key:<26} = {value}" if value is not None else line)
    ini = folder / "virtuoso.ini"
    ini.write_text("\n".join(out) + "\n")
    return ini


@dataclass
class VirtuosoServer:
    folder: Path
    http_port: int
    sql_port: int
    process: subprocess.Popen | None = None
    owns_folder: bool = False
    log: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return self.base + "/sparql"

    @property
    def update_url(self) -> str:
        return self.base + "/sparql-auth"

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def error_log(self) -> str:
        path = self.folder / "virtuoso.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else "(no virtuoso.log)"

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # a clean shutdown (checkpoint) on TERM
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        if self.owns_folder:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> VirtuosoServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _answers(url: str) -> bool:
    import httpx

    try:
        return httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def start_virtuoso(folder: str | Path | None = None, *, buffers: int = 10000, timeout: float = 120,
                   binary: str = "virtuoso-t") -> VirtuosoServer:
    """Start a fresh Virtuoso in ``folder`` (a new temporary folder, removed
    on stop, when None) and wait until /sparql answers; raises RuntimeError
    with the server's log if it does not."""
    exe = shutil.which(binary)
    if exe is None:
        raise RuntimeError(f"{binary} is not installed: apt-get install virtuoso-opensource")
    owns = folder is None
    path = Path(tempfile.mkdtemp(prefix="akg-virtuoso-")) if folder is None else Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    server = VirtuosoServer(path, free_port(), free_port(), owns_folder=owns)
    ini = write_ini(path, http_port=server.http_port, sql_port=server.sql_port, buffers=buffers)
    server.process = subprocess.Popen([exe, "-c", str(ini), "+foreground"], cwd=path,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + timeout
    while not _answers(server.query_url):
        if not server.alive() or time.monotonic() > deadline:
            log = server.error_log()
            server.stop()
            raise RuntimeError(f"Virtuoso did not start in {path}:\n{log}")
        time.sleep(0.3)
    return server


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Run a throwaway Virtuoso on free 127.0.0.1 ports until killed.")
    p.add_argument("--dir", help="folder for the INI and the database (default: a new temporary folder)")
    p.add_argument("--buffers", type=int, default=10000, help="NumberOfBuffers (8 KB pages)")
    args = p.parse_args(argv)
    server = start_virtuoso(args.dir, buffers=args.buffers)
    print(server.query_url, flush=True)
    try:
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
        while server.alive():
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
