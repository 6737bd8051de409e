"""The Ralph LRS (PyPI's ralph-malph) on a free loopback port, for sjt's xAPI tests: started by
scripts/lrs, never by hand.

    python lrs-server.py DIR PARENT_PID      (the password in $SJT_TEST_LRS_PASSWORD)

Writes DIR/app/auth.json (one user, all scopes), keeps statements in DIR/data, writes the port to
DIR/port once it listens, and exits when PARENT_PID does, so a test run that dies leaves no server.

One change to Ralph 5.1.0: its file-system LRS backend writes with operation type CREATE, which
refuses any file that exists, so every POST after the first answers 500 "Statements bulk indexation
failed". APPEND is what an LRS file needs; nothing else of Ralph is changed.
"""

import json
import os
import shutil
import socket
import sys
import threading
import time

directory, parent = sys.argv[1], int(sys.argv[2])
user = os.environ.get("SJT_TEST_LRS_USER", "sjt-test")
password = os.environ["SJT_TEST_LRS_PASSWORD"]
os.makedirs(directory + "/app", exist_ok=True)
os.makedirs(directory + "/data", exist_ok=True)
os.environ["RALPH_APP_DIR"] = directory + "/app"
os.environ["RALPH_RUNSERVER_BACKEND"] = "fs"
os.environ["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"] = directory + "/data"

import bcrypt  # noqa: E402  (after the environment Ralph reads its settings from)

with open(directory + "/app/auth.json", "w", encoding="utf-8") as auth:
    # What `ralph auth -u USER -p PASS -s all -M mailto:… -w` writes, with a cheap bcrypt cost:
    # Ralph checks the password on every request.
    json.dump([{
        "agent": {"mbox": "mailto:sjt-test@example.org", "objectType": "Agent"},
        "scopes": ["all"],
        "hash": bcrypt.hashpw(password.encode(), bcrypt.gensalt(4)).decode(),
        "username": user,
    }], auth)

import uvicorn  # noqa: E402
from ralph.backends.data.base import BaseOperationType  # noqa: E402
from ralph.backends.lrs.fs import FSLRSBackend  # noqa: E402

FSLRSBackend.default_operation_type = BaseOperationType.APPEND
from ralph.api import app  # noqa: E402


def watch_parent():
    while True:
        try:
            os.kill(parent, 0)
        except OSError:
            shutil.rmtree(directory, ignore_errors=True)
            os._exit(0)
        time.sleep(1)


threading.Thread(target=watch_parent, daemon=True).start()
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(64)
with open(directory + "/port.partial", "w", encoding="utf-8") as port:
    port.write(str(listener.getsockname()[1]))
os.rename(directory + "/port.partial", directory + "/port")
server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
server.run(sockets=[listener])
