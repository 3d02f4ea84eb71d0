#!/usr/bin/env python3
"""Turns the statements PostgreSQL logged for one request (log_statement = 'all') into a pgbench script that runs
the same SQL with the same parameters, the generated data's ids replaced by pgbench variables (see run.sh), so the
bare database is measured on exactly what the service asked of it.

Usage: pgbench_from_log.py <captured log> <example org number> <example client number> > script.sql
"""
import re
import sys

log, org, client = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
k = client - (org - 1) * 3334
worker_slot = 1 + (k % 20) + (k % 20) // 5
team = 1 + (worker_slot - 1) // 6

HEADER = """\\set o random(1, 299)
\\set r random(0, 399)
\\set k 3334 - 33 - :r
\\set n (:o - 1) * 3334 + :k
\\set s 1 + (:k % 20) + (:k % 20) / 5
\\set t 1 + (:s - 1) / 6
\\set l 6 * :t
"""


def gid(kind, n):
    return "%08x-0000-4000-8000-%012x" % (kind, n)


# Literal values of the example request, and what each becomes in the script.
REPLACE = [
    ("'%s'" % gid(4, client), "('00000004-0000-4000-8000-' || lpad(to_hex(:n::bigint), 12, '0'))::uuid"),
    ("'%s'" % gid(2, org * 100 + worker_slot), "('00000002-0000-4000-8000-' || lpad(to_hex(:o::int * 100 + :s::int), 12, '0'))::uuid"),
    ("'%s'" % gid(3, org * 10 + team), "('00000003-0000-4000-8000-' || lpad(to_hex(:o::int * 10 + :t::int), 12, '0'))::uuid"),
    ("'gen-staff-%d'" % (org * 100 + worker_slot), "'gen-staff-' || (:o::int * 100 + :s::int)"),
    ("'gen-staff-%d'" % (org * 100 + 6 * team), "'gen-staff-' || (:o::int * 100 + :l::int)"),
    ("'gen-%04d'" % org, "('gen-' || lpad(:o::text, 4, '0'))"),
]
UUID = re.compile(r"'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'")
TIMESTAMP = re.compile(r"'\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:\d\d)?)?'")

entries = []  # (statement, parameters)
current = None
for line in open(log, encoding="utf-8"):
    body = re.sub(r"^\S+ \S+ UTC \[\d+\] ", "", line.rstrip("\n"))
    if body.startswith("LOG:  execute ") or body.startswith("LOG:  statement: "):
        text = re.sub(r"^LOG:  (execute [^:]+|statement): ?", "", body)
        current = [text, {}]
        entries.append(current)
    elif body.startswith("DETAIL:  parameters: ") and current is not None:
        for name, value in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", body):
            current[1][int(name)] = value
    elif (body.startswith("\t") or body.startswith(" ")) and current is not None and not current[1]:
        current[0] += " " + body.strip()

print(HEADER, end="")
for statement, parameters in entries:
    if not statement.strip():
        continue  # the pool's validation query: the service's overhead, not the database's work
    if statement.startswith("alter system") or statement.startswith("select pg_reload_conf"):
        continue  # the capture's own switching of the log
    for name in sorted(parameters, reverse=True):
        statement = statement.replace("$%d" % name, parameters[name])
    for literal, expression in REPLACE:
        statement = statement.replace(literal, expression)
    if statement.lstrip().lower().startswith("insert"):
        statement = UUID.sub("gen_random_uuid()", statement)  # new rows' ids
        statement = TIMESTAMP.sub("now()", statement)
    print(" ".join(statement.split()) + ";")
