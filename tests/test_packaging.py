"""Packaging: the wheel carries the resources; ``packaging/build.py`` runs its steps one at a time;
the Linux packages take their date, architecture and maintainer from real sources.

The slow installer test (tests/test_installer.py) runs the whole build; these run the steps on a
stand-in frozen folder, in seconds.
"""

from __future__ import annotations

import email.utils
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from reader import __version__

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "packaging" / "build.py"
EPOCH = "1700000000"  # 2023-11-14T22:13:20Z
needs_debian_tools = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(shutil.which(tool) for tool in ("dpkg-deb", "dpkg", "xz")),
    reason="needs dpkg, dpkg-deb and xz",
)


def _script(name: str) -> ModuleType:
    """A module of packaging/, loaded by its path as build.py runs it (``packaging`` is PyPI's
    name, not ours): its folder first on the path, for the scripts it imports beside it."""
    folder = str(REPO / "packaging")
    sys.path.insert(0, folder)
    try:
        spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(folder)


@pytest.fixture(scope="module")
def linux_package() -> ModuleType:
    """packaging/linux_package.py."""
    return _script("linux_package")


@pytest.fixture(scope="module")
def notices() -> ModuleType:
    """packaging/notices.py."""
    return _script("notices")


def _build(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run packaging/build.py as the README says, by its path."""
    return subprocess.run(
        [sys.executable, str(BUILD), *args],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _stand_in_dist(dist: Path, says: str) -> Path:
    """A frozen folder in miniature: an executable that answers --version, and one data file."""
    app = dist / "reader"
    (app / "_internal" / "resources").mkdir(parents=True)
    (app / "_internal" / "resources" / "note.txt").write_text("stand-in\n", encoding="utf-8")
    executable = app / "reader"
    executable.write_text(f"#!/bin/sh\necho '{says}'\n", encoding="utf-8")
    executable.chmod(0o755)
    return app


@pytest.mark.slow
def test_wheel_carries_the_resources(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            ".",
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("reader-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "reader/resources/articles/ketamine-effects.md" in names
    assert "reader/resources/style/reader.css" in names
    assert "reader/core/builder.py" in names
    assert not any(name.startswith("tests/") for name in names)
    # The interface's translations, compiled by hatch_build.py: the .qm of every .ts, not the .ts.
    sources = sorted((REPO / "reader" / "i18n").glob("*.ts"))
    assert {f"reader/i18n/{source.stem}.qm" for source in sources} <= names
    assert not any(name.endswith(".ts") for name in names)
    (metadata,) = [name for name in names if name.endswith(".dist-info/METADATA")]
    assert "License-Expression: Apache-2.0" in zipfile.ZipFile(wheel).read(metadata).decode()
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def test_release_date_is_source_date_epoch_first(linux_package: ModuleType) -> None:
    assert linux_package.release_date(REPO, {"SOURCE_DATE_EPOCH": EPOCH}) == "2023-11-14"


@pytest.fixture
def local_time_zone_utc_minus_12() -> Iterator[None]:
    """This process's local time twelve hours behind UTC, so a local date differs from the UTC one."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Etc/GMT+12"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
@pytest.mark.usefixtures("local_time_zone_utc_minus_12")
def test_release_date_is_the_last_commit_in_utc(linux_package: ModuleType, tmp_path: Path) -> None:
    who = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t"}
    env = {**os.environ, **who, "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull}
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, env=env)
    # The last commit is February 29th for its committer and for this process, March 1st in UTC.
    for when in ("2020-01-01T12:00:00+00:00", "2024-02-29T23:30:00-05:00"):
        commit = ["git", "-C", str(tmp_path), "commit", "-q", "--allow-empty", "-m", when]
        subprocess.run(commit, check=True, env={**env, "GIT_COMMITTER_DATE": when, "GIT_AUTHOR_DATE": when})
    assert linux_package.release_date(tmp_path, {}) == "2024-03-01"


def test_release_date_without_a_source_is_an_error_not_today(linux_package: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(linux_package.PackagingError, match="set SOURCE_DATE_EPOCH"):
        linux_package.release_date(tmp_path, {})


@pytest.mark.parametrize("epoch", ["yesterday", "", "1e9", "99999999999999999999"])
def test_release_date_refuses_what_is_not_a_unix_time(linux_package: ModuleType, epoch: str) -> None:
    with pytest.raises(linux_package.PackagingError, match="not a Unix time"):
        linux_package.release_date(REPO, {"SOURCE_DATE_EPOCH": epoch})


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        pytest.param(
            {"Maintainer-email": "Ann Lee <ann@example.org>", "Author-email": "Bob Roe <bob@example.org>"},
            "Ann Lee <ann@example.org>",
            id="maintainer-first",
        ),
        pytest.param(
            {"Author-email": "Bob Roe <bob@example.org>, Cy Doe <cy@example.org>"},
            "Bob Roe <bob@example.org>",
            id="first-author",
        ),
        pytest.param(
            {"Author": "Bob Roe", "Author-email": "bob@example.org"}, "Bob Roe <bob@example.org>", id="name-apart"
        ),
        pytest.param(
            {"Maintainer-email": "ann@example.org", "Author-email": "Bob Roe <bob@example.org>"},
            "Bob Roe <bob@example.org>",
            id="nameless-maintainer-skipped",
        ),
        pytest.param({"Author": "Bob Roe"}, None, id="no-email"),
        pytest.param({}, None, id="nothing"),
    ],
)
def test_maintainer_comes_from_the_metadata(
    linux_package: ModuleType, metadata: dict[str, str], expected: str | None
) -> None:
    who, whence = linux_package.maintainer(metadata)
    if expected is None:
        assert who == linux_package.FALLBACK_MAINTAINER
        assert whence.startswith("fallback")
    else:
        assert who == expected
        assert whence.startswith("project metadata")


def test_maintainer_of_the_installed_reader_is_a_debian_maintainer(linux_package: ModuleType) -> None:
    name, address = email.utils.parseaddr(linux_package.maintainer()[0])
    assert name
    assert "@" in address


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg")
def test_debian_architecture_is_dpkgs(linux_package: ModuleType) -> None:
    dpkg = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout
    assert linux_package.debian_architecture() == dpkg.strip()


@pytest.mark.parametrize(("machine", "expected"), [("x86_64", "amd64"), ("aarch64", "arm64"), ("i686", "i386")])
def test_debian_architecture_without_dpkg_is_mapped_from_the_machine(
    linux_package: ModuleType, monkeypatch: pytest.MonkeyPatch, machine: str, expected: str
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(platform, "machine", lambda: machine)
    assert linux_package.debian_architecture() == expected


def test_debian_architecture_of_an_unknown_machine_is_an_error(
    linux_package: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(platform, "machine", lambda: "vax")
    with pytest.raises(linux_package.PackagingError, match="'vax'"):
        linux_package.debian_architecture()


def test_build_help_describes_the_steps() -> None:
    result = _build("--help")
    assert result.returncode == 0
    for words in (
        "content",
        "freeze",
        "package",
        "release",
        "SHA256SUMS",
        "READER_CONTENT",
        "SOURCE_DATE_EPOCH",
        "build.spec",
    ):
        assert words in result.stdout


def test_build_refuses_an_unknown_step() -> None:
    result = _build("pakage")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith(
        "unknown step 'pakage' (choose from content, freeze, package, release)"
    )


def test_content_step_writes_a_verified_bundle(tmp_path: Path) -> None:
    result = _build("content", "--work", str(tmp_path))
    assert result.returncode == 0, result.stderr
    bundle = tmp_path / "content" / "content.sqlite"
    check = subprocess.run(
        [sys.executable, "-m", "reader", "check", "--bundle", str(bundle)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stderr
    assert not (tmp_path / "pyinstaller").exists()  # content only: nothing was frozen


def test_freeze_step_without_content_fails_in_one_line(tmp_path: Path) -> None:
    result = _build("freeze", "--work", str(tmp_path / "work"), "--dist", str(tmp_path / "dist"))
    assert result.returncode == 1
    assert result.stderr == (
        f"build.py: error: freeze: no content bundle at {tmp_path / 'work/content/content.sqlite'}; "
        "run the content step first\n"
    )
    assert not (tmp_path / "dist").exists()


def test_spec_without_content_fails_in_one_line(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="needs the 'package' extra")
    missing = tmp_path / "no-content.sqlite"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(tmp_path / "dist")]
    command += ["--workpath", str(tmp_path / "work"), "build.spec"]
    result = subprocess.run(
        command, cwd=REPO, env={**os.environ, "READER_CONTENT": str(missing)}, capture_output=True, text=True
    )
    assert result.returncode == 1
    last = result.stderr.splitlines()[-1]
    assert last == f"build.spec: no content bundle at {missing}: run 'python packaging/build.py content' first"
    assert not (tmp_path / "dist" / "reader").exists()


@needs_debian_tools
def test_package_step_alone_packages_an_existing_frozen_folder(tmp_path: Path) -> None:
    dist, work, tools = tmp_path / "dist", tmp_path / "work", tmp_path / "bin"
    _stand_in_dist(dist, f"reader {__version__}")
    # A dpkg that answers another architecture than this machine's: the package must follow it.
    tools.mkdir()
    (tools / "dpkg").write_text("#!/bin/sh\necho riscv64\n", encoding="utf-8")
    (tools / "dpkg").chmod(0o755)
    env = {"SOURCE_DATE_EPOCH": EPOCH, "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}"}
    result = _build("package", "--work", str(work), "--dist", str(dist), env=env)
    assert result.returncode == 0, result.stderr
    assert not (work / "content").exists()  # no content built, nothing frozen
    assert not (work / "pyinstaller").exists()
    machine = platform.machine().lower()
    deb = dist / f"reader_{__version__}_riscv64.deb"
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Architecture: riscv64\n" in fields
    assert f"Version: {__version__}\n" in fields
    assert "Maintainer: " in fields
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    metainfo = (root / "usr/share/metainfo/org.clinicreader.Reader.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{__version__}" date="2023-11-14"/>' in metainfo
    assert (root / "opt/reader/_internal/resources/note.txt").is_file()
    copyright_file = (root / "usr/share/doc/reader/copyright").read_text(encoding="utf-8")
    assert copyright_file.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    assert "License: Apache-2.0" in copyright_file
    with tarfile.open(dist / f"reader-{__version__}-linux-{machine}.tar.xz") as archive:
        assert f"reader-{__version__}/_internal/resources/note.txt" in archive.getnames()
    assert "dist/reader/ (installed size)" in result.stdout


@needs_debian_tools
def test_package_step_refuses_a_frozen_folder_of_another_version(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _stand_in_dist(dist, "reader 0.0.1")
    result = _build("package", "--work", str(tmp_path / "work"), "--dist", str(dist), env={"SOURCE_DATE_EPOCH": EPOCH})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "says 'reader 0.0.1'" in result.stderr
    assert "freeze it again" in result.stderr
    assert sorted(p.name for p in dist.iterdir()) == ["reader"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages")
def test_package_step_without_a_frozen_folder_fails_in_one_line(tmp_path: Path) -> None:
    result = _build("package", "--work", str(tmp_path / "work"), "--dist", str(tmp_path / "dist"))
    assert result.returncode == 1
    assert result.stderr == (
        f"build.py: error: package: no frozen reader at {tmp_path / 'dist/reader/reader'}; run the freeze step first\n"
    )


def test_the_code_is_licensed_apache_2() -> None:
    licence = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in licence
    assert "Version 2.0, January 2004" in licence
    assert "END OF TERMS AND CONDITIONS" in licence
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0"
    assert project["license-files"] == ["LICENSE"]


def _pins() -> dict[str, str]:
    lines = (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pairs = [line.split("==") for line in lines if line and not line.startswith("#")]
    return {name.lower().replace("_", "-"): version for name, version in pairs}


def test_every_test_and_build_tool_is_pinned_exactly() -> None:
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    pins = _pins()
    for requirement in extras["test"] + extras["package"]:
        name = requirement.split(">")[0].split("=")[0].split("<")[0].strip().lower()
        assert name in pins, f"{name} is not pinned in constraints.txt"
        assert all(part.isdigit() for part in pins[name].split(".")), f"{name}=={pins[name]} is not an exact version"
    runtime = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    for requirement in runtime:  # runtime dependencies keep their ranges
        assert requirement.split(">")[0].split("=")[0].strip().lower() not in pins


def test_ci_runs_exactly_the_readmes_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()[1]
    assert "-c constraints.txt" in command
    assert (REPO / ".ci" / "run").read_text(encoding="utf-8").rstrip().splitlines()[-1] == command


@pytest.mark.slow  # cyclonedx-bom reads the whole environment, twice: 45 s
def test_release_step_writes_an_sbom_of_what_is_frozen_and_checksums(tmp_path: Path) -> None:
    pytest.importorskip("cyclonedx_py")
    dist = tmp_path / "dist"
    internal = _stand_in_dist(dist, f"reader {__version__}") / "_internal"
    for module in ("platformdirs", "PySide6", "shiboken6"):  # as a frozen folder holds them
        (internal / module).mkdir()
    (dist / f"reader_{__version__}_amd64.deb").write_bytes(b"a stand-in package")
    env = {"SOURCE_DATE_EPOCH": EPOCH}
    result = _build("release", "--work", str(tmp_path / "work"), "--dist", str(dist), env=env)
    assert result.returncode == 0, result.stderr
    sbom_path = dist / f"reader-{__version__}.cdx.json"
    sbom = json.loads(sbom_path.read_text(encoding="utf-8"))
    names = {component["name"].lower().replace("_", "-") for component in sbom["components"]}
    assert {"platformdirs", "pyside6-essentials", "shiboken6", "cpython", "pyinstaller"} <= names
    assert not names & {"pytest", "ruff", "mypy", "hypothesis", "cyclonedx-bom"}  # tools are not shipped
    assert sbom["metadata"]["component"]["name"] == "reader"
    assert sbom["metadata"]["component"]["version"] == __version__
    assert sbom["metadata"]["timestamp"].startswith("2023-11-14")
    assert all(component.get("licenses") for component in sbom["components"])
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=dist, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    assert sorted(line.split(": ")[0] for line in checked.stdout.splitlines()) == sorted(
        [sbom_path.name, f"reader_{__version__}_amd64.deb"]
    )
    first = sbom_path.read_bytes()
    assert _build("release", "--work", str(tmp_path / "work"), "--dist", str(dist), env=env).returncode == 0
    assert sbom_path.read_bytes() == first  # the same build, the same SBOM


def test_release_step_without_a_frozen_folder_fails_in_one_line(tmp_path: Path) -> None:
    result = _build("release", "--work", str(tmp_path / "work"), "--dist", str(tmp_path / "dist"))
    assert result.returncode == 1
    assert result.stderr == (
        f"build.py: error: release: no frozen reader at {tmp_path / 'dist/reader'}; run the freeze step first\n"
    )


def test_notices_carry_every_frozen_components_licence(notices: ModuleType, tmp_path: Path) -> None:
    pytest.importorskip("piplicenses")
    app = tmp_path / "reader"
    for module in ("platformdirs", "PySide6", "shiboken6"):  # as a frozen folder holds them
        (app / "_internal" / module).mkdir(parents=True)
    components = notices.write_notices(REPO, app, __version__)
    folder = app / notices.FOLDER
    by_name = {c.name.lower().replace("_", "-"): c for c in components}
    assert {"reader", "platformdirs", "pyside6-essentials", "shiboken6", "pyinstaller", "cpython"} <= set(by_name)
    assert not {"pytest", "ruff", "mypy"} & set(by_name)  # the tools are not frozen
    assert by_name["pyside6-essentials"].license == "LGPL-3.0-only"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (folder / "LGPL-3.0-only.txt").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in (folder / "GPL-3.0-only.txt").read_text(encoding="utf-8")
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in (folder / "CPython-LICENSE.txt").read_text(encoding="utf-8")
    assert "Apache License" in (folder / "reader-LICENSE.txt").read_text(encoding="utf-8")
    assert "libQt6" in (folder / "LGPL-RELINKING.txt").read_text(encoding="utf-8")
    for component in components:
        for name in component.files:
            assert (folder / name).stat().st_size > 500, name
    listed = (folder / notices.NOTICES).read_text(encoding="utf-8")
    assert f"platformdirs {by_name['platformdirs'].version}: MIT" in listed
    assert notices.read_manifest(app) == components
    deb = notices.debian_copyright("opt/reader", components)
    assert "Files: opt/reader/_internal/PySide6/*" in deb
    assert "Files: opt/reader/reader opt/reader/reader.exe" in deb
    assert "License: GPL-2.0-or-later WITH Bootloader-exception" in deb


def test_a_component_without_a_licence_text_stops_the_build(
    notices: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "_internal").mkdir()
    row = {"Name": "mystery", "Version": "1.0", "License": "UNKNOWN", "LicenseText": "UNKNOWN", "NoticeText": "UNKNOWN"}
    monkeypatch.setattr(notices, "_from_pip_licenses", lambda names: [row])
    with pytest.raises(notices.NoticeError, match=r"mystery 1.0 \(UNKNOWN\) ships no licence text"):
        notices.write_notices(REPO, tmp_path, __version__)
