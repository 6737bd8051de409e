#!/usr/bin/env python3
"""The core of `sjt batch` as a DuckDB SQL script, for benchmarks/compare.sh to time beside it.

    benchmarks/duckdb_batch.py RESPONSES.csv KEYS.csv OUT_DIR

Reads the cohort responses CSV and the bank's single-choice keys (`sjt-bench key-table`: scenario,
level, node, option -> points, maximum, weight, from the engine's Scorer), scores every single-choice
response by a join, and writes OUT_DIR/responses.csv (every response, with points and maximum where
it is a single choice), attempts.csv (per attempt: decisions, total, maximum, percentage) and
learners.csv (per learner and level), ordered as sjt orders them. Only single-choice responses are
scored: best-worst, rank and rate need the engine's rules, which a join cannot express. The
percentage is the engine's: the weighted mean of points / maximum over the decisions scored.

DuckDB comes from PyPI into a venv under $SJT_BENCH_DIR when it is missing (bench_venv.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_venv  # noqa: E402

bench_venv.require("duckdb")
import duckdb  # noqa: E402


def main(responses: str, keys: str, out: str) -> None:
    os.makedirs(out, exist_ok=True)
    db = duckdb.connect()
    options = "(HEADER, NEW_LINE '\r\n')"

    def path(name: str) -> str:
        return os.path.join(out, name).replace("'", "''")

    db.execute(f"""
        CREATE TEMP TABLE keys AS SELECT * FROM read_csv('{keys}', header = true, columns = {{
            'scenario_id': 'VARCHAR', 'scenario_version': 'INTEGER', 'level': 'VARCHAR', 'node_id': 'VARCHAR',
            'option_id': 'VARCHAR', 'points': 'INTEGER', 'maximum': 'INTEGER', 'weight': 'DOUBLE'}})""")
    db.execute(f"""
        CREATE TEMP TABLE scored AS
        SELECT r.*, k.points, k.maximum, k.weight
        FROM read_csv('{responses}', header = true, columns = {{
            'cohort': 'VARCHAR', 'learner_id': 'VARCHAR', 'learner_name': 'VARCHAR', 'level': 'VARCHAR',
            'scenario_id': 'VARCHAR', 'scenario_version': 'INTEGER', 'attempt': 'INTEGER', 'step': 'INTEGER',
            'node_id': 'VARCHAR', 'response': 'VARCHAR', 'shown_order': 'VARCHAR', 'answered_at': 'VARCHAR',
            'rationale': 'VARCHAR'}}) r
        LEFT JOIN keys k
            ON r.scenario_id = k.scenario_id AND r.level = k.level AND r.node_id = k.node_id AND r.response = k.option_id""")
    db.execute(f"""
        COPY (SELECT cohort, learner_id, learner_name, level, scenario_id, scenario_version, attempt, step, node_id,
                     response, points, maximum, shown_order, answered_at, rationale
              FROM scored ORDER BY cohort, learner_id, scenario_id, attempt, step)
        TO '{path("responses.csv")}' {options}""")
    # Credit as the engine counts it: a decision whose maximum is 0 weighs nothing.
    db.execute(f"""
        CREATE TEMP TABLE attempts AS
        SELECT cohort, learner_id, first(learner_name) AS learner_name, level, scenario_id, scenario_version, attempt,
               count(*) AS decisions, sum(points) AS total, sum(maximum) AS maximum,
               sum(weight * points / maximum) FILTER (WHERE maximum > 0) AS earned,
               sum(weight) FILTER (WHERE maximum > 0) AS weight
        FROM scored GROUP BY cohort, learner_id, level, scenario_id, scenario_version, attempt""")
    db.execute(f"""
        COPY (SELECT cohort, learner_id, learner_name, level, scenario_id, scenario_version, attempt, decisions, total,
                     maximum, printf('%.2f', 100 * earned / weight) AS percentage
              FROM attempts ORDER BY cohort, learner_id, scenario_id, attempt)
        TO '{path("attempts.csv")}' {options}""")
    db.execute(f"""
        COPY (SELECT cohort, learner_id, first(learner_name) AS learner_name, level, count(*) AS attempts,
                     sum(total) AS total, sum(maximum) AS maximum,
                     printf('%.2f', 100 * sum(earned) / sum(weight)) AS percentage
              FROM attempts GROUP BY cohort, learner_id, level ORDER BY cohort, learner_id, level)
        TO '{path("learners.csv")}' {options}""")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
