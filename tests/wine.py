"""Running Windows programs under Wine for the installer tests: piped, on a console, and reading
the registry they change."""

from __future__ import annotations

import os
import re
import select
import struct
import subprocess
import time
from pathlib import Path


def wine(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run a Windows program under Wine, output piped (Windows Python needs it), exit code kept."""
    return subprocess.run(
        ["wine", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600, check=False
    )


def wine_wait(env: dict[str, str]) -> None:
    """Wait for every Wine process (the uninstaller runs on from a copy in the temporary folder)."""
    subprocess.run(["wineserver", "-w"], env=env, check=False, timeout=600)


def wine_console(env: dict[str, str], *args: str) -> tuple[int, str]:
    """Run a Windows program under Wine on a pseudo-terminal, which Wine makes the program's
    console (as cmd's window is on Windows): its exit code and what it printed there, with the
    terminal's control sequences and carriage returns taken out. No pipe is involved."""
    import pty  # Unix only (these tests run Wine on Linux): imported here so collection works anywhere
    import termios
    from fcntl import ioctl

    controller, terminal = pty.openpty()
    ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 400, 0, 0))  # wide: no wrapped lines
    program = subprocess.Popen(["wine", *args], env=env, stdin=terminal, stdout=terminal, stderr=terminal)
    os.close(terminal)
    printed, deadline = b"", time.monotonic() + 300
    while time.monotonic() < deadline:
        if select.select([controller], [], [], 1)[0]:
            try:
                chunk = os.read(controller, 1 << 16)
            except OSError:  # EIO: every writer has closed the terminal
                break
            if not chunk:
                break
            printed += chunk
        elif program.poll() is not None:
            break
    os.close(controller)
    code = program.wait(timeout=60)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", printed.decode("utf-8")).replace("\r", "")
    return code, text


def local_app_data(env: dict[str, str]) -> Path:
    """%LOCALAPPDATA% of Wine's user (the Unix user's name), where the reader keeps its data."""
    import pwd  # Unix only, as above

    user = pwd.getpwuid(os.getuid()).pw_name
    return Path(env["WINEPREFIX"]) / "drive_c" / "users" / user / "AppData" / "Local"


def registry_value(env: dict[str, str], key: str, name: str) -> str | None:
    """A registry value as `reg query` prints it, or None when it is not there."""
    found = wine(env, "reg", "query", key, "/v", name)
    match = re.search(rf"^\s+{re.escape(name)}\s+REG_\w+\s+(.*?)\r?$", found.stdout, flags=re.MULTILINE | re.I)
    return match.group(1) if found.returncode == 0 and match else None


def entries_named_reader(env: dict[str, str]) -> int:
    """How many Apps & Features entries are called Reader."""
    listing = wine(env, "reg", "query", r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall", "/s").stdout
    return len(re.findall(r"^\s+DisplayName\s+REG_SZ\s+Reader\r?$", listing, flags=re.MULTILINE))
