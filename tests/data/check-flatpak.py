#!/usr/bin/env python3
# check-flatpak.py — the Flatpak manifest cannot be built here (the GNOME
# runtime is out of reach), so check what can be checked: it is JSON, names
# this app, asks for no network, builds this meson project, and every local
# source it names exists.  Usage: check-flatpak.py MANIFEST
import json
import os
import sys

APP_ID = "dk.livstraad.Livstraad"


def fail(message):
    print(f"check-flatpak: {message}", file=sys.stderr)
    sys.exit(1)


def main(path):
    here = os.path.dirname(os.path.abspath(path))
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as error:
        fail(f"cannot read {path}: {error}")

    if manifest.get("app-id") != APP_ID:
        fail(f"app-id is {manifest.get('app-id')!r}, not {APP_ID}")
    if manifest.get("command") != "livstraad":
        fail("command is not livstraad")
    for key in ("runtime", "runtime-version", "sdk"):
        if not manifest.get(key):
            fail(f"{key} is missing")
    if any("network" in arg for arg in manifest.get("finish-args", [])):
        fail("the app must not ask for the network")

    modules = manifest.get("modules", [])
    if not modules:
        fail("no modules")
    last = modules[-1]
    if last.get("buildsystem") != "meson":
        fail("the last module must build this project with meson")
    dirs = [s for s in last.get("sources", []) if s.get("type") == "dir"]
    if not dirs or not os.path.isfile(os.path.join(here, dirs[0]["path"], "meson.build")):
        fail("the last module's dir source does not point at the project")

    for module in modules:
        for source in module.get("sources", []):
            if source.get("type") in ("file", "dir", "patch"):
                local = os.path.join(here, source["path"])
                if not os.path.exists(local):
                    fail(f"module {module.get('name')}: {source['path']} does not exist")
            elif source.get("type") == "archive" and not source.get("sha256"):
                fail(f"module {module.get('name')}: an archive needs a sha256")
    print("ok: flatpak manifest")


if __name__ == "__main__":
    main(sys.argv[1])
