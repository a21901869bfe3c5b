// A complete program: a log-file analyser — writes a set of rotated log files into a
// temporary directory, reads them back line by line (StreamReader, File.ReadLines),
// parses entries with a Regex with named groups, groups and aggregates with LINQ
// (percentiles, per-minute histograms, top-N), detects error bursts with a sliding window
// over a Queue, and writes a report file that is read back and checked.
#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

enum Level { Trace, Debug, Info, Warn, Error, Fatal }

readonly record struct Entry(DateTime Time, Level Level, string Component, string Message, int? LatencyMs, string File, int Line);

static class LogGenerator
{
    static readonly string[] Components = ["http", "db", "cache", "auth", "worker"];
    static readonly string[] Paths = ["/", "/login", "/api/items", "/api/items/42", "/static/app.js", "/health"];

    // A deterministic pseudo-random stream (xorshift), so every runtime writes the same files.
    sealed class Rng(uint seed)
    {
        uint _s = seed;
        public uint Next() { _s ^= _s << 13; _s ^= _s >> 17; _s ^= _s << 5; return _s; }
        public int Next(int max) => (int)(Next() % (uint)max);
    }

    public static void Write(string dir, int files, int linesPerFile)
    {
        var rng = new Rng(2463534242);
        var t = new DateTime(2024, 3, 10, 8, 0, 0);
        for (int f = files - 1; f >= 0; f--)
        {
            string path = Path.Combine(dir, f == 0 ? "app.log" : $"app.log.{f}");
            using var w = new StreamWriter(path);
            for (int i = 0; i < linesPerFile; i++)
            {
                t = t.AddMilliseconds(137 + rng.Next(4000));
                int roll = rng.Next(100);
                Level level = roll switch { < 5 => Level.Debug, < 80 => Level.Info, < 92 => Level.Warn, < 99 => Level.Error, _ => Level.Fatal };
                string comp = Components[rng.Next(Components.Length)];
                string msg = comp switch
                {
                    "http" => $"GET {Paths[rng.Next(Paths.Length)]} {(level >= Level.Error ? 500 : level == Level.Warn ? 404 : 200)} in {5 + rng.Next(900)}ms",
                    "db" => level >= Level.Warn ? $"slow query took {200 + rng.Next(3000)}ms" : $"query ok in {1 + rng.Next(50)}ms",
                    "auth" => level >= Level.Warn ? $"login failed for user{rng.Next(7)}" : $"login ok for user{rng.Next(7)}",
                    _ => $"{comp} tick {rng.Next(1000)}",
                };
                w.WriteLine($"{t:yyyy-MM-dd HH:mm:ss.fff} [{level.ToString().ToUpperInvariant(),-5}] {comp}: {msg}");
                if (i % 97 == 13) w.WriteLine("    at some.stack.Frame() -- continuation line");
            }
            if (f == 1) w.Write("2024-03-10 garbage line without level");
        }
    }
}

static class Program
{
    static readonly Regex LineRx = new(
        @"^(?<ts>\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}) \[(?<lvl>[A-Z]+)\s*\] (?<comp>\w+): (?<msg>.*)$",
        RegexOptions.Compiled | RegexOptions.ExplicitCapture);
    static readonly Regex LatencyRx = new(@"(?:in|took) (\d+)ms");

    static IEnumerable<Entry> ReadEntries(string dir, List<string> rejects)
    {
        // Oldest first: app.log.N ... app.log.1, app.log
        var files = Directory.GetFiles(dir, "app.log*")
            .OrderByDescending(f => Path.GetExtension(f) is var ext && int.TryParse(ext.TrimStart('.'), out int n) ? n : 0);
        foreach (var file in files)
        {
            int lineNo = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNo++;
                if (line.StartsWith("    at ")) continue;
                var m = LineRx.Match(line);
                if (!m.Success) { rejects.Add($"{Path.GetFileName(file)}:{lineNo}: {line}"); continue; }
                var time = DateTime.ParseExact(m.Groups["ts"].Value, "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
                var level = Enum.Parse<Level>(m.Groups["lvl"].Value, ignoreCase: true);
                string msg = m.Groups["msg"].Value;
                var lm = LatencyRx.Match(msg);
                yield return new Entry(time, level, m.Groups["comp"].Value, msg, lm.Success ? int.Parse(lm.Groups[1].ValueSpan) : null, Path.GetFileName(file), lineNo);
            }
        }
    }

    static double Percentile(IReadOnlyList<int> sorted, double p)
    {
        if (sorted.Count == 0) return double.NaN;
        double rank = p / 100 * (sorted.Count - 1);
        int lo = (int)Math.Floor(rank), hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    static void Main()
    {
        string dir = Path.Combine(Path.GetTempPath(), "anyclr-logs-" + Environment.ProcessId);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        try
        {
            LogGenerator.Write(dir, files: 3, linesPerFile: 400);
            var listing = new DirectoryInfo(dir).GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal);
            foreach (var fi in listing) Console.WriteLine($"{fi.Name,-10} {fi.Length,7} bytes {File.ReadAllLines(fi.FullName).Length,4} lines");

            var rejects = new List<string>();
            var entries = ReadEntries(dir, rejects).ToList();
            Console.WriteLine($"{entries.Count} entries from {entries.First().Time:HH:mm:ss} to {entries.Last().Time:HH:mm:ss} ({(entries.Last().Time - entries.First().Time).TotalMinutes:F1} min); rejected: {string.Join(" / ", rejects)}");
            Console.WriteLine($"chronological: {entries.Zip(entries.Skip(1)).All(p => p.First.Time <= p.Second.Time)}");

            Console.WriteLine("By level:");
            foreach (var g in entries.GroupBy(e => e.Level).OrderBy(g => g.Key))
                Console.WriteLine($"  {g.Key,-6}{g.Count(),6} {100.0 * g.Count() / entries.Count,6:F1}% {new string('*', g.Count() / 20)}");

            Console.WriteLine("Latency by component (ms):");
            Console.WriteLine($"  {"comp",-7}{"n",5}{"min",6}{"p50",8}{"p90",8}{"p99",8}{"max",6}{"mean",9}");
            var latency =
                from e in entries
                where e.LatencyMs is not null
                group e.LatencyMs!.Value by e.Component into g
                let sorted = g.Order().ToList()
                orderby g.Key
                select (Comp: g.Key, Sorted: sorted);
            foreach (var (comp, sorted) in latency)
                Console.WriteLine($"  {comp,-7}{sorted.Count,5}{sorted[0],6}{Percentile(sorted, 50),8:F1}{Percentile(sorted, 90),8:F1}{Percentile(sorted, 99),8:F1}{sorted[^1],6}{sorted.Average(),9:F2}");

            Console.WriteLine("HTTP status by path:");
            var http = entries.Where(e => e.Component == "http")
                .Select(e => Regex.Match(e.Message, @"^GET (\S+) (\d{3})"))
                .Where(m => m.Success)
                .GroupBy(m => m.Groups[1].Value, m => m.Groups[2].Value)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var g in http)
                Console.WriteLine($"  {g.Key,-16} " + string.Join(" ", g.CountBy(s => s).OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));

            var failures = entries.Where(e => e.Message.StartsWith("login failed"))
                .GroupBy(e => e.Message[(e.Message.LastIndexOf(' ') + 1)..])
                .Select(g => (User: g.Key, Count: g.Count()))
                .OrderByDescending(x => x.Count).ThenBy(x => x.User).Take(3);
            Console.WriteLine("Top failed logins: " + string.Join(", ", failures.Select(f => $"{f.User}({f.Count})")));

            Console.WriteLine("Error bursts (>=3 errors within 60s):");
            var window = new Queue<Entry>();
            int bursts = 0;
            DateTime lastBurst = DateTime.MinValue;
            foreach (var e in entries.Where(e => e.Level >= Level.Error))
            {
                window.Enqueue(e);
                while (e.Time - window.Peek().Time > TimeSpan.FromSeconds(60)) window.Dequeue();
                if (window.Count >= 3 && e.Time - lastBurst > TimeSpan.FromMinutes(5))
                {
                    bursts++;
                    lastBurst = e.Time;
                    if (bursts <= 4) Console.WriteLine($"  {window.Peek().Time:HH:mm:ss}..{e.Time:HH:mm:ss} {window.Count} errors: {string.Join(",", window.Select(w => w.Component))} ({e.File}:{e.Line})");
                }
            }
            Console.WriteLine($"  {bursts} bursts in total");

            var perTenMinutes = entries.GroupBy(e => new DateTime(e.Time.Year, e.Time.Month, e.Time.Day, e.Time.Hour, e.Time.Minute / 10 * 10, 0))
                                       .Select(g => (Start: g.Key, Total: g.Count(), Errors: g.Count(e => e.Level >= Level.Error)));
            string reportPath = Path.Combine(dir, "report.csv");
            using (var report = new StreamWriter(File.Create(reportPath), new UTF8Encoding(false)))
            {
                report.WriteLine("start,total,errors,error_rate");
                foreach (var (start, total, errs) in perTenMinutes)
                    report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{start:HH:mm},{total},{errs},{(double)errs / total:0.000}"));
            }
            var reportLines = File.ReadAllLines(reportPath);
            Console.WriteLine($"report: {reportLines.Length - 1} rows; worst: {reportLines.Skip(1).MaxBy(l => double.Parse(l.Split(',')[3], CultureInfo.InvariantCulture))}");
            File.AppendAllText(reportPath, "# end\n");
            using (var reader = new StreamReader(reportPath))
            {
                string? first = reader.ReadLine();
                string rest = reader.ReadToEnd();
                Console.WriteLine($"header '{first}', then {rest.Count(c => c == '\n')} lines, ends with '{rest.TrimEnd()[^5..]}'");
            }
            File.Move(reportPath, Path.ChangeExtension(reportPath, ".txt"));
            Console.WriteLine(string.Join(" ", Directory.EnumerateFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)));
            try { File.ReadAllText(Path.Combine(dir, "missing.log")); }
            catch (FileNotFoundException e) { Console.WriteLine($"missing: {e.GetType().Name} {Path.GetFileName(e.FileName)}"); }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            Console.WriteLine($"cleaned up: {!Directory.Exists(dir)}");
        }
    }
}
