#!/usr/bin/env python3
"""`parley publish` against a real CalDAV server (Radicale, started by .ci/run), read back with
python `caldav` (and its `icalendar`), which share no code with Parley.

Usage: check_caldav.py --parley PATH --url PRINCIPAL_URL [--plans PATH ...]
Credentials: PARLEY_TEST_CALDAV_USER, PARLEY_TEST_CALDAV_PASSWORD.

Checks, each in a fresh calendar:
- every recorded round (and milestone) of `parley export` is one object on the server with
  the UID, DTSTART and STATUS the plan says, nothing duplicated, nothing else;
- an unchanged re-run writes nothing ("N unchanged", ETags unchanged);
- a moved round: DTSTART updated, SEQUENCE raised, no duplicate; a cancelled one: STATUS;
- prune: without --prune the stale object stays, with it only Parley's object goes;
- a wrong password: exit 2, 401 explained, the password nowhere in the output;
- no server listening: exit 2;
- a run killed mid-way (SIGKILL) then re-run: converges, then writes nothing.
"""
import argparse, datetime, json, os, signal, socket, subprocess, sys, tempfile, time, uuid

import caldav

STATUS = {"held": "CONFIRMED", "planned": "CONFIRMED", "proposed": "TENTATIVE", "postponed": "CANCELLED", "cancelled": "CANCELLED"}
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(parley, args, env=None, **kwargs):
    environment = dict(os.environ)
    environment["PARLEY_CALDAV_USER"] = os.environ["PARLEY_TEST_CALDAV_USER"]
    environment["PARLEY_CALDAV_PASSWORD"] = os.environ["PARLEY_TEST_CALDAV_PASSWORD"]
    environment.update(env or {})
    return subprocess.run([parley, "publish", *args, "--allow-outside", tempfile.gettempdir()], capture_output=True, text=True, env=environment, **kwargs)


def new_calendar(principal, label):
    name = f"parley-ci-{label}-{uuid.uuid4().hex[:8]}"
    return principal.make_calendar(name=name, cal_id=name)


def events(calendar):
    """UID -> (VEVENT, URL) for every object, failing on duplicates."""
    found = {}
    for item in calendar.events():
        for component in item.icalendar_instance.walk("VEVENT"):
            uid = str(component["UID"])
            check(uid not in found, f"{calendar.url}: UID {uid} appears twice")
            found[uid] = (component, str(item.url))
    return found


def expected(parley, plans):
    """UID -> (round or None for a milestone, series) from `parley export`."""
    exported = json.loads(subprocess.run([parley, "export", plans], capture_output=True, text=True, check=True).stdout)
    result = {}
    for series in exported["series"]:
        for round_ in series["rounds"]:
            uid = f"{series['id']}-round-{round_['number']}@parley"
            result[uid] = (round_, series)
            for number in range(1, len(series.get("milestones", [])) + 1):
                result[f"{series['id']}-round-{round_['number']}-milestone-{number}@parley"] = (None, series)
    return result


def start_of(component):
    value = component.decoded("DTSTART")
    return value


def compare_with_export(parley, plans, calendar):
    want = expected(parley, plans)
    have = events(calendar)
    milestones_missing = [uid for uid, (round_, _) in want.items() if round_ is None and uid not in have]
    rounds = {uid: value for uid, value in want.items() if value[0] is not None}
    check(set(rounds) <= set(have), f"{plans}: rounds missing on the server: {sorted(set(rounds) - set(have))}")
    check(set(have) <= set(want), f"{plans}: objects the plan does not have: {sorted(set(have) - set(want))}")
    check(not milestones_missing or all(want[u][0] is None for u in milestones_missing), "milestones")
    for uid, (round_, series) in rounds.items():
        if uid not in have:
            continue
        event = have[uid][0]
        check(str(event.get("STATUS")) == STATUS[round_["status"]], f"{uid}: STATUS {event.get('STATUS')} != {STATUS[round_['status']]}")
        start = start_of(event)
        if isinstance(start, datetime.datetime):
            first = datetime.datetime.fromisoformat(round_["sessions"][0]["start"])
            check(start == first, f"{uid}: DTSTART {start} != first session {first}")
        else:
            check(start.isoformat() == round_["date"], f"{uid}: DTSTART {start} != {round_['date']}")
        check(str(event.get("SUMMARY")) == f"{series['title']}, round {round_['number']}", f"{uid}: SUMMARY {event.get('SUMMARY')}")
    return len(have)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--parley", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--plans", action="append", default=[])
    args = parser.parse_args()
    user, password = os.environ["PARLEY_TEST_CALDAV_USER"], os.environ["PARLEY_TEST_CALDAV_PASSWORD"]
    client = caldav.DAVClient(url=args.url, username=user, password=password)
    principal = client.principal()

    # Publish every plan, read back, compare with export; an unchanged re-run writes nothing.
    for plans in args.plans:
        calendar = new_calendar(principal, "plans")
        first = run(args.parley, [plans, "--to", str(calendar.url)])
        check(first.returncode == 0, f"{plans}: publish exited {first.returncode}: {first.stderr}")
        count = compare_with_export(args.parley, plans, calendar)
        second = run(args.parley, [plans, "--to", str(calendar.url)])
        check(second.returncode == 0 and f"0 created, 0 updated, 0 deleted, 0 conflicts, {count} unchanged" in second.stdout,
              f"{plans}: the unchanged re-run wrote something: {second.stdout}{second.stderr}")
        print(f"ok: {plans}: {count} objects on the server agree with parley export; re-run: {count} unchanged")

    # Move, cancel and prune a round of a small plan.
    base = "Examples/01-on-track.parley"
    text = open(base, encoding="utf-8").read()
    scratch = tempfile.TemporaryDirectory(prefix="parley-caldav-")
    folder = scratch.name
    plan = os.path.join(folder, "plan.parley")
    calendar = new_calendar(principal, "edits")

    def publish(body, *extra):
        with open(plan, "w", encoding="utf-8") as handle:
            handle.write(body)
        return run(args.parley, [plan, "--to", str(calendar.url), *extra])

    check(publish(text).returncode == 0, "first publish of 01-on-track")
    uid = "id-au-cyber-round-2@parley"
    before = events(calendar)[uid][0]
    moved = text.replace("round 2 on 2026-08-18", "round 2 on 2026-09-15")
    result = publish(moved)
    check(result.returncode == 0 and f"updated {uid}" in result.stdout, f"move: {result.stdout}{result.stderr}")
    after = events(calendar)
    check(len(after) == 2, f"move: {len(after)} objects, expected 2 (no duplicate)")
    check(after[uid][0].decoded("DTSTART").date().isoformat() == "2026-09-15", f"move: DTSTART {after[uid][0].get('DTSTART')}")
    check(int(after[uid][0].get("SEQUENCE", 0)) > int(before.get("SEQUENCE", 0)), "move: SEQUENCE not raised")
    cancelled = moved.replace("at canberra planned", "at canberra cancelled")
    result = publish(cancelled)
    check(result.returncode == 0 and str(events(calendar)[uid][0].get("STATUS")) == "CANCELLED", f"cancel: {result.stdout}")
    calendar.save_event(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone//EN\r\nBEGIN:VEVENT\r\nUID:lunch@example.org\r\n"
        "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260101\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    shorter = "\n".join(line for line in cancelled.splitlines() if "round 2 on" not in line) + "\n"
    result = publish(shorter)
    check(result.returncode == 0 and uid in events(calendar), f"without --prune the stale object must stay: {result.stderr}")
    result = publish(shorter, "--prune")
    left = events(calendar)
    check(result.returncode == 0 and uid not in left and "lunch@example.org" in left, f"prune: {sorted(left)} {result.stdout}")
    print("ok: move (DTSTART, SEQUENCE, no duplicate), cancel (STATUS), prune (only Parley's object)")

    # A wrong password, and no server at all.
    wrong = run(args.parley, [plan, "--to", str(calendar.url)], env={"PARLEY_CALDAV_PASSWORD": "not-the-password-42"})
    check(wrong.returncode == 2 and "401 Unauthorized" in wrong.stderr, f"wrong password: {wrong.returncode} {wrong.stderr}")
    check("not-the-password-42" not in wrong.stdout + wrong.stderr, "the wrong password was printed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    stopped = run(args.parley, [plan, "--to", f"http://127.0.0.1:{closed_port}/cal/", "--retries", "0"])
    check(stopped.returncode == 2 and "refused" in stopped.stderr, f"no server: {stopped.returncode} {stopped.stderr}")
    print("ok: wrong password (exit 2, 401, no secret), no server (exit 2)")

    # Killed mid-way, then re-run: converges.
    big = os.path.join(folder, "big.parley")
    lines = [text.split("dialogue id-au-cyber")[0], 'dialogue many "Many rounds"\n  partners ID AU\n  every 1 months\n  lasting 1 days\n']
    start = datetime.date(2001, 1, 10)
    for number in range(1, 301):
        day = start + datetime.timedelta(days=7 * number)
        lines.append(f"  round {number} on {day.isoformat()} at jakarta held\n")
    with open(big, "w", encoding="utf-8") as handle:
        handle.write("".join(lines))
    calendar = new_calendar(principal, "killed")
    environment = dict(os.environ, PARLEY_CALDAV_USER=user, PARLEY_CALDAV_PASSWORD=password)
    process = subprocess.Popen([args.parley, "publish", big, "--to", str(calendar.url), "--allow-outside", tempfile.gettempdir()],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None and len(calendar.events()) < 20:
        time.sleep(0.05)
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    process.wait()
    partial = len(calendar.events())
    rerun = run(args.parley, [big, "--to", str(calendar.url)])
    check(rerun.returncode == 0, f"re-run after kill: {rerun.returncode} {rerun.stderr}")
    check(len(events(calendar)) == 300, f"re-run after kill: {len(events(calendar))} objects, expected 300")
    final = run(args.parley, [big, "--to", str(calendar.url)])
    check("0 created, 0 updated, 0 deleted, 0 conflicts, 300 unchanged" in final.stdout, f"after convergence: {final.stdout}")
    print(f"ok: killed {'mid-way' if killed else '(finished first)'} with {partial} of 300 objects written; the re-run converged to 300")

    scratch.cleanup()
    if failures:
        print(f"{len(failures)} CalDAV check(s) failed", file=sys.stderr)
        sys.exit(1)
    print("CalDAV interop: all checks passed")


if __name__ == "__main__":
    main()
