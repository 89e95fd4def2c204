// Parse iCalendar files with Mozilla's ical.js and with node-ical; print what each saw as JSON.
//
//   node parse.mjs FEED.ics [FEED.ics ...]
//   -> {"FEED.ics": {"icaljs": [event, ...], "nodeical": [event, ...]}, ...}
//
// An event is {uid, summary, status, sequence, start, end, allDay, description}; start and
// end are UTC ISO strings for timed events and YYYY-MM-DD for all-day ones. A file either
// parser rejects gets {"error": message} in its place, and the exit code is 1.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import nodeIcal from "node-ical";

function icaljs(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const when = (time) => (time.isDate ? time.toString() : time.toJSDate().toISOString());
    return {
      uid: event.uid,
      summary: event.summary,
      status: component.getFirstPropertyValue("status"),
      sequence: event.sequence,
      start: when(event.startDate),
      end: when(event.endDate),
      allDay: event.startDate.isDate,
      description: event.description,
    };
  });
}

function nodeical(text) {
  const parsed = nodeIcal.sync.parseICS(text);
  return Object.values(parsed)
    .filter((item) => item.type === "VEVENT")
    .map((item) => {
      const allDay = item.datetype === "date";
      const day = (date) =>
        `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
      const when = (date) => (allDay ? day(date) : date.toISOString());
      return {
        uid: item.uid,
        summary: typeof item.summary === "string" ? item.summary : item.summary?.val,
        status: item.status,
        sequence: Number(item.sequence),
        start: when(item.start),
        end: item.end ? when(item.end) : null,
        allDay,
        description: typeof item.description === "string" ? item.description : item.description?.val,
      };
    });
}

const result = {};
let failed = false;
for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, "utf8");
  result[path] = {};
  for (const [name, parse] of [["icaljs", icaljs], ["nodeical", nodeical]]) {
    try {
      result[path][name] = parse(text);
    } catch (error) {
      result[path][name] = { error: String(error && error.stack ? error.stack : error) };
      failed = true;
    }
  }
}
process.stdout.write(JSON.stringify(result));
process.exitCode = failed ? 1 : 0;
