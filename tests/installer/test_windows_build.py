"""The pieces of the Windows build under Wine (installer/build.py --target windows on Linux), each on
its own and in seconds. The whole build (about 10 minutes) runs in CI: `.ci/run` calls it directly.

The stub DLLs are compiled for real with Debian's mingw-w64 and read back with installer/pe.py; the
Wine and Xvfb tests skip where those are not installed (.ci/run installs them).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pe
import pytest
import summary
import templates
import windows_python
import wine
import wine_build

MINGW = shutil.which("x86_64-w64-mingw32-gcc")
needs_mingw = pytest.mark.skipif(MINGW is None, reason="needs mingw-w64 (apt-get install gcc-mingw-w64-x86-64-win32)")
ICU_NAMES = {
    "ucnv_open",
    "ucnv_close",
    "ucnv_reset",
    "ucnv_getName",
    "ucnv_getMaxCharSize",
    "ucnv_toUnicode",
    "ucnv_fromUnicode",
    "ucnv_getToUCallBack",
    "ucnv_setToUCallBack",
    "ucnv_getFromUCallBack",
    "ucnv_setFromUCallBack",
    "UCNV_TO_U_CALLBACK_SUBSTITUTE",
    "UCNV_FROM_U_CALLBACK_SUBSTITUTE",
    "ucnv_countAvailable",
    "ucnv_getAvailableName",
    "ucnv_getStandardName",
    "ucnv_toUCountPending",
    "ucnv_fromUCountPending",
    "ucnv_cbToUWriteUChars",
    "ucnv_cbFromUWriteUChars",
}


@needs_mingw
def test_the_stub_dlls_export_what_qt_and_calamine_import(tmp_path: Path) -> None:
    """The 20 converter functions Qt6Core 6.11 imports from icuuc.dll; ProcessPrng drawing on bcrypt.dll."""
    icu = windows_python.compile_stub("icuuc", tmp_path)
    assert pe.exports(icu) == ICU_NAMES
    prng = windows_python.compile_stub("bcryptprimitives", tmp_path)
    assert pe.exports(prng) == {"ProcessPrng"}
    assert "BCryptGenRandom" in pe.imports(prng)["bcrypt.dll"]


@needs_mingw
def test_a_binary_needing_a_function_the_stub_lacks_stops_the_build(tmp_path: Path) -> None:
    """A newer Qt importing one more ICU function is named, not left to a loader error in PyInstaller."""
    stub = windows_python.compile_stub("icuuc", tmp_path / "stubs")
    (tmp_path / "icuuc.def").write_text("LIBRARY icuuc.dll\nEXPORTS\nucnv_open\nucnv_openAllNames\n", encoding="utf-8")
    subprocess.run(
        ["x86_64-w64-mingw32-dlltool", "-d", "icuuc.def", "-l", "libicuuc.a", "-D", "icuuc.dll"],
        cwd=tmp_path,
        check=True,
    )
    (tmp_path / "user.c").write_text(
        "void *ucnv_open(const char *, int *); void *ucnv_openAllNames(int *);\n"
        "__declspec(dllexport) void *both(int *e) { return ucnv_open(0, e) ? 0 : ucnv_openAllNames(e); }\n",
        encoding="utf-8",
    )
    subprocess.run([MINGW or "", "-shared", "-o", "user.dll", "user.c", "-L.", "-licuuc"], cwd=tmp_path, check=True)
    assert pe.imports(tmp_path / "user.dll")["icuuc.dll"] == {"ucnv_open", "ucnv_openAllNames"}
    (tmp_path / "not-a-dll.pyd").write_bytes(b"plain text")
    with pytest.raises(SystemExit, match=r"user\.dll imports ucnv_openAllNames from icuuc\.dll"):
        windows_python.stub_users(stub, [tmp_path / "not-a-dll.pyd", tmp_path / "user.dll"])
    assert windows_python.stub_users(stub, [tmp_path / "not-a-dll.pyd", stub]) == []


def test_pe_refuses_what_is_not_a_pe_image(tmp_path: Path) -> None:
    (tmp_path / "x.dll").write_bytes(b"MZ" + bytes(100))
    with pytest.raises(ValueError, match="not a PE file"):
        pe.imports(tmp_path / "x.dll")


def test_windows_programs_get_a_clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing of the host's display, Python, pip or Qt settings leaks into the Windows programs."""
    for name, value in {
        "DISPLAY": ":0",
        "PYTHONPATH": "/x",
        "VIRTUAL_ENV": "/v",
        "PIP_FIND_LINKS": "/opt/wheels",
        "QT_QPA_PLATFORM": "offscreen",
        "CQ2C_RESOURCES": "/r",
    }.items():
        monkeypatch.setenv(name, value)
    session = wine.Wine(tmp_path / "prefix")
    assert not {"DISPLAY", "PYTHONPATH", "VIRTUAL_ENV", "PIP_FIND_LINKS", "QT_QPA_PLATFORM", "CQ2C_RESOURCES"} & set(
        session.env
    )
    assert session.env["WINEPREFIX"] == str(tmp_path / "prefix")
    assert session.env["HOME"] == str(tmp_path / "prefix-home")  # no link to the real user's folders
    assert wine.Wine.path(tmp_path / "a b") == "Z:" + str(tmp_path).replace("/", "\\") + "\\a b"
    assert wine_build.forward_slashes(tmp_path) == "Z:" + tmp_path.as_posix()


def test_windows_pip_trusts_the_hosts_certificates(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    monkeypatch.setenv("PIP_CERT", str(bundle))
    monkeypatch.setenv("PIP_INDEX_URL", "https://mirror.example/simple")
    env = windows_python.pip_env(wine.Wine(tmp_path / "p"), tmp_path / "cache")
    assert env["PIP_CERT"] == wine.Wine.path(bundle)
    assert env["PIP_INDEX_URL"] == "https://mirror.example/simple"
    assert env["PIP_CACHE_DIR"] == wine.Wine.path(tmp_path / "cache" / "pip")


def test_the_windows_environment_follows_pyproject() -> None:
    """What the Windows build installs is pyproject's dependencies plus the extras it names."""
    table = templates.project_table()
    wanted = windows_python.requirements(table)
    assert set(table["dependencies"]) <= set(wanted)
    assert any(r.lower().startswith("pyinstaller") for r in wanted)
    assert any(r.lower().startswith("psycopg[binary]") for r in wanted)  # shared plans: the driver's wheel
    assert any(r.lower().startswith("keyring") for r in wanted)  # and the credential store
    assert "numpy>=2.0.2,<2.1" in wine_build._constraints()


def test_the_download_cache_can_be_moved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CQ2C_WINDOWS_CACHE", str(tmp_path / "c"))
    assert windows_python.cache_dir() == tmp_path / "c"
    monkeypatch.delenv("CQ2C_WINDOWS_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert windows_python.cache_dir() == tmp_path / "xdg" / "cq2c-planner" / "windows-build"


def test_a_failed_step_is_recorded_with_its_reason(tmp_path: Path) -> None:
    record = summary.Recorder(summary.Summary(target="windows", version="0.1.0", host="linux"), tmp_path / "s.json")
    with record.step("first") as step:
        step.detail = "fine"
    with pytest.raises(SystemExit), record.step("second") as step:
        step.detail = "half done"
        raise SystemExit("build: it broke\nmore lines")
    record.finish()
    written = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert written["ok"] is False
    assert [(s["name"], s["ok"]) for s in written["steps"]] == [("first", True), ("second", False)]
    assert written["steps"][1]["detail"] == "half done; build: it broke"
    assert "second" in record.table() and "FAILED" in record.table()


def test_the_installer_is_64_bit_where_makensis_can() -> None:
    makensis = shutil.which("makensis")
    if makensis is None or not Path("/usr/share/nsis/Stubs/lzma_solid-amd64-unicode").exists():
        pytest.skip("needs makensis with the amd64 stubs (Debian: apt-get install nsis)")
    assert templates.nsis_target(makensis) == "amd64-unicode"


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb (apt-get install xvfb)")
def test_a_virtual_display_starts_and_stops() -> None:
    with wine.virtual_display() as display:
        assert display.startswith(":") and display[1:].isdigit()
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        assert socket.exists()  # the server listens
    deadline = time.monotonic() + 10
    while socket.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not socket.exists()  # and is gone


def test_missing_tools_are_named_as_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wine.shutil, "which", lambda name: None)
    monkeypatch.setattr(wine, "WINE64", Path("/nonexistent/wine64"))
    assert {"wine64", "gcc-mingw-w64-x86-64-win32", "nsis", "xvfb", "xauth"} <= set(wine.missing_tools())


@needs_mingw
def test_an_exe_without_its_icon_and_version_resource_is_refused(tmp_path: Path) -> None:
    """What Explorer shows of cq2c-desktop.exe (icon, Properties → Details) is checked after PyInstaller."""
    project = templates.read_project()
    icon = templates.ROOT / "resources" / "icons" / "cq2c.ico"
    (tmp_path / "app.rc").write_text(
        f'1 ICON "{icon.as_posix()}"\n'
        '1 VERSIONINFO\nFILEVERSION 1,0,0,0\nBEGIN\n BLOCK "StringFileInfo"\n BEGIN\n  BLOCK "040904B0"\n'
        f'  BEGIN\n   VALUE "FileVersion", "{project.version}"\n  END\n END\nEND\n',
        encoding="utf-8",
    )
    (tmp_path / "app.c").write_text("int main(void) { return 0; }\n", encoding="utf-8")
    subprocess.run(["x86_64-w64-mingw32-windres", "app.rc", "-O", "coff", "-o", "app.res"], cwd=tmp_path, check=True)
    subprocess.run([MINGW or "", "-o", "app.exe", "app.c", "app.res"], cwd=tmp_path, check=True)
    assert {pe.RT_GROUP_ICON, pe.RT_VERSION} <= pe.resource_types(tmp_path / "app.exe")
    assert project.version in templates.check_windows_exe(tmp_path / "app.exe", project)
    bare = windows_python.compile_stub("icuuc", tmp_path)
    with pytest.raises(SystemExit, match="no icon, version resource"):
        templates.check_windows_exe(bare, project)
