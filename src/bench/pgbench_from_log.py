#!/usr/bin/env python3
"""Turns the statements PostgreSQL logged for several requests (log_statement = 'all') into one pgbench script per
request, running the same SQL with the same parameters, so the bare database is measured on exactly what the
service asked of it for many different users. run.sh marks where each request starts with the statement
`select 'waymark-bench-request'`, sent from psql just before it.

Reads any log_line_prefix: a line is a statement, its parameters or a continuation of it by what follows the prefix.
Fails (exit 1, saying why) when a request logged no statement: an empty script would let pgbench report millions
of "transactions" a second.

Usage: pgbench_from_log.py <captured log> <requests expected> <script prefix>
       writes <script prefix>-1.sql ... -N.sql and prints the statements per request.
"""
import re
import sys

log, expected, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
MARKER = "select 'waymark-bench-request'"
STATEMENT = re.compile(r"LOG:  (?:execute [^:]+|statement): ?(.*)$")
PARAMETERS = re.compile(r"DETAIL:  parameters: (.*)$")
UUID = re.compile(r"'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'")
INSERT = re.compile(r"(insert into \S+) \(([^)]*)\) values \((.*)\)$", re.IGNORECASE | re.DOTALL)
TIMESTAMP = re.compile(r"'\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d(:\d\d)?)?'")

requests = []  # each: a list of [statement, parameters]
current = None
for line in open(log, encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    statement = STATEMENT.search(line)
    parameters = PARAMETERS.search(line)
    if statement:
        text = statement.group(1)
        if text.strip().rstrip(";") == MARKER:
            requests.append([])
            current = None
        elif requests:
            current = [text, {}]
            requests[-1].append(current)
    elif parameters and current is not None:
        for name, value in re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", parameters.group(1)):
            current[1][int(name)] = value
    elif (line.startswith("\t") or line.startswith(" ")) and current is not None and not current[1]:
        current[0] += " " + line.strip()


def split_values(values):
    """The values of an insert, split at the commas outside quotes and parentheses."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(values):
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
        elif not quoted and depth == 0 and ch == ",":
            parts.append(values[start:i])
            start = i + 1
    parts.append(values[start:])
    return parts


INSERT_SELECT = re.compile(r"insert into \S+ \(([^)]*)\)\s+select ", re.IGNORECASE)


def top_level_end(text, start):
    """Where the select list that starts at `start` ends: at its top-level "from", or the end of the text."""
    depth, quoted = 0, False
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "'":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            if depth == 0:
                return i
            depth -= 1
        elif not quoted and depth == 0 and text[i:i + 6].lower() == " from ":
            return i
    return len(text)


def fresh_ids_in_insert_selects(text):
    """The same for an `insert ... select` (a hot write that checks its rules in the statement, or the audit entries of
    rows written by SQL): its new id, a literal or `unnest('{...}')` of literals, becomes a new one on each run."""
    for insert in reversed(list(INSERT_SELECT.finditer(text))):
        columns = [c.strip().lower() for c in insert.group(1).split(",")]
        end = top_level_end(text, insert.end())
        values = split_values(text[insert.end():end])
        if len(columns) != len(values):
            continue
        for i, (column, value) in enumerate(zip(columns, values)):
            if column in ("id", "entity_id") and UUID.fullmatch(value.strip()):
                values[i] = "gen_random_uuid()"
            elif column == "entity_id" and re.fullmatch(r"\s*unnest\('\{[0-9a-f,-]+\}'\)\s*", value):
                values[i] = "cast(gen_random_uuid() as text)"
        text = text[:insert.end()] + ",".join(values) + text[end:]
    return text


def script(entries):
    statements = []
    for text, parameters in entries:
        if not text.strip():
            continue  # the pool's validation query: the service's overhead, not the database's work
        if text.startswith("alter system") or text.startswith("select pg_reload_conf"):
            continue  # the capture's own switching of the log
        for name in sorted(parameters, reverse=True):
            text = text.replace("$%d" % name, parameters[name])
        statements.append(" ".join(text.split()))
    # A new row's own id (its "id", and the audit entry's "entity_id") must be new each time the script runs; every
    # other id in an insert points at an existing record and stays.
    lines = []
    for text in statements:
        text = fresh_ids_in_insert_selects(text)
        insert = INSERT.match(text)
        if insert:
            columns = [c.strip().lower() for c in insert.group(2).split(",")]
            values = split_values(insert.group(3))
            if len(columns) == len(values):
                values = ["gen_random_uuid()" if column in ("id", "entity_id") and UUID.fullmatch(value.strip())
                          else value for column, value in zip(columns, values)]
                text = "%s (%s) values (%s)" % (insert.group(1), insert.group(2), ",".join(values))
            text = TIMESTAMP.sub("now()", text)
        lines.append(text + ";")
    return lines


if len(requests) != expected:
    sys.exit("captured %d requests of %d in %s: is log_statement reaching this log file?" % (len(requests), expected, log))
counts = []
for number, entries in enumerate(requests, 1):
    lines = script(entries)
    if not lines:
        sys.exit("request %d logged no statement in %s: the capture would measure nothing" % (number, log))
    with open("%s-%d.sql" % (prefix, number), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    counts.append(len(lines))
print(" ".join(str(c) for c in counts))
