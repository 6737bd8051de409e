"""Reads every statement of a statements.json back from an LRS and checks it, for LRSTests.

    python readback.py URL USER statements.json      (the password in $SJT_TEST_LRS_PASSWORD)

For each statement: GET URL/statements?statementId=ID must return exactly one statement holding
every field sjt wrote, with the same value (the store adds its own: stored, authority, version);
and the statement must validate against Ralph's model of an xAPI statement (BaseXapiStatement: the
xAPI 1.0.3 data model, not one of Ralph's course profiles). Prints one line of counts, then the
first few problems.
"""

import base64
import json
import os
import sys
import urllib.request

from ralph.models.xapi.base.statements import BaseXapiStatement

url, user, path = sys.argv[1:4]
password = os.environ["SJT_TEST_LRS_PASSWORD"]
authorization = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def holds(stored, written):
    """Whether `stored` has every field of `written`, with the same values (and types: True is not 1)."""
    if isinstance(written, dict):
        return isinstance(stored, dict) and all(key in stored and holds(stored[key], value) for key, value in written.items())
    if isinstance(written, list):
        return isinstance(stored, list) and len(stored) == len(written) and all(map(holds, stored, written))
    return type(stored) is type(written) and stored == written or (
        not isinstance(written, bool) and isinstance(written, (int, float)) and isinstance(stored, (int, float))
        and not isinstance(stored, bool) and stored == written)


with open(path, encoding="utf-8") as file:
    statements = json.load(file)
same = valid = 0
problems = []
for statement in statements:
    request = urllib.request.Request(
        f"{url}/statements?statementId={statement['id']}",
        headers={"Authorization": authorization, "X-Experience-API-Version": "1.0.3"})
    with urllib.request.urlopen(request) as answer:
        body = json.load(answer)
    found = body["statements"] if "statements" in body else [body]
    if len(found) == 1 and holds(found[0], statement):
        same += 1
    else:
        problems.append(f"{statement['id']}: {len(found)} stored, not as written")
    try:
        BaseXapiStatement.model_validate(statement)
        valid += 1
    except Exception as error:  # noqa: BLE001 (pydantic's ValidationError, said as it is)
        problems.append(f"{statement['id']}: {error}")
print(f"{len(statements)} statements: {same} stored once as written, {valid} valid xAPI")
for problem in problems[:5]:
    print(problem)
