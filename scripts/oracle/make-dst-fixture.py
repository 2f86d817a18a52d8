#!/usr/bin/env python3
"""An independent oracle for shared/domain/time.ts, from Python's zoneinfo (the system tz database).

Prints a JSON fixture to stdout: for every DST change 2024-2030 in five zones, the local day before, of and after
the change with its midnight instant and length, wall-clock times in the gap and the overlap read with fold=0,
and the weeks around each change. Run it and save the output:

    python3 scripts/oracle/make-dst-fixture.py > test/shared/domain/fixtures/dst-oracle.json

The rule it encodes (the same as time.ts, written here independently): a wall-clock time in a gap is read with the
offset from before the change, so it moves forward by the gap's length; a time in an overlap takes the earlier
instant. Python's zoneinfo does exactly that for fold=0 (PEP 495).
"""
import json
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

ZONES = ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Auckland"]
FIRST_YEAR, LAST_YEAR = 2024, 2030
UTC = timezone.utc
STEP = timedelta(minutes=15)


def ms(dt: datetime) -> int:
    return round(dt.timestamp() * 1000)


def local_to_ms(d: date, hour: int, minute: int, zone: ZoneInfo) -> int:
    return ms(datetime.combine(d, time(hour, minute), tzinfo=zone).replace(fold=0))


def transitions(zone: ZoneInfo):
    """Instants at which the zone's UTC offset changes, found by a 15-minute scan (every change is on that grid)."""
    t = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
    end = datetime(LAST_YEAR + 1, 1, 1, tzinfo=UTC)
    prev = t.astimezone(zone).utcoffset()
    found = []
    while t < end:
        t += STEP
        off = t.astimezone(zone).utcoffset()
        if off != prev:
            found.append((t, prev, off))
            prev = off
    return found


def day_record(d: date, zone: ZoneInfo) -> dict:
    start = local_to_ms(d, 0, 0, zone)
    end = local_to_ms(d + timedelta(days=1), 0, 0, zone)
    return {"date": d.isoformat(), "start": start, "lengthMinutes": (end - start) / 60000}


def week_record(d: date, zone: ZoneInfo) -> dict:
    iso = d.isocalendar()
    starts = {}
    for name, weekday in (("monday", 0), ("sunday", 6), ("saturday", 5)):
        back = (d.weekday() - weekday) % 7
        first = d - timedelta(days=back)
        start = local_to_ms(first, 0, 0, zone)
        end = local_to_ms(first + timedelta(days=7), 0, 0, zone)
        starts[name] = {"firstDate": first.isoformat(), "start": start, "end": end}
    return {"date": d.isoformat(), "isoWeek": f"{iso[0]}-W{iso[1]:02d}", "weeks": starts}


def wall_times(change_utc: datetime, before: timedelta, after: timedelta, zone: ZoneInfo) -> list:
    """Wall-clock times just before, inside and just after the gap or overlap the change makes."""
    local_before = (change_utc + before).replace(tzinfo=None)  # the wall clock reads this just as it changes
    local_after = (change_utc + after).replace(tzinfo=None)
    lo, hi = min(local_before, local_after), max(local_before, local_after)
    kind = "gap" if after > before else "overlap"
    picks = [lo - timedelta(minutes=1), lo, lo + (hi - lo) / 2, hi - timedelta(minutes=1), hi]
    out = []
    for p in picks:
        p = p.replace(second=0, microsecond=0)
        inside = lo <= p < hi
        out.append({
            "date": p.date().isoformat(),
            "hour": p.hour,
            "minute": p.minute,
            "kind": kind if inside else "normal",
            "instant": local_to_ms(p.date(), p.hour, p.minute, zone),
        })
    return out


def main() -> None:
    fixture = {
        "generatedBy": "scripts/oracle/make-dst-fixture.py",
        "python": sys.version.split()[0],
        "rule": "gap: forward by the gap length (fold=0); overlap: the earlier instant (fold=0)",
        "zones": {},
    }
    for name in ZONES:
        zone = ZoneInfo(name)
        changes = transitions(zone)
        dates = set()
        walls = []
        for change_utc, before, after in changes:
            local_date = change_utc.astimezone(zone).date()
            for delta in (-1, 0, 1):
                dates.add(local_date + timedelta(days=delta))
            walls.extend(wall_times(change_utc, before, after, zone))
        if not changes:
            # No DST (Kolkata): the dates of New York's changes, to show nothing moves there.
            for change_utc, _, _ in transitions(ZoneInfo("America/New_York")):
                dates.add(change_utc.date())
        ordered = sorted(dates)
        fixture["zones"][name] = {
            "changes": [
                {"at": ms(c), "offsetBeforeMinutes": b.total_seconds() / 60, "offsetAfterMinutes": a.total_seconds() / 60}
                for c, b, a in changes
            ],
            "days": [day_record(d, zone) for d in ordered],
            "wallTimes": walls,
            "weeks": [week_record(d, zone) for d in ordered],
        }
    json.dump(fixture, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
