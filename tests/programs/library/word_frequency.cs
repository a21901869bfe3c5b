// A complete program: word frequencies of a text file. The text is written to disk (two files,
// UTF-8 and UTF-16), found with Directory.GetFiles, read back line by line with StreamReader,
// split and normalised, counted with a Dictionary, ranked with LINQ (count desc, then word
// ordinal), and reported with aligned columns, a histogram and per-letter statistics.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

class Program
{
    const string Text = @"It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope, it was
the winter of despair, we had everything before us, we had nothing before us, we were all
going direct to Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only.

There were a king with a large jaw and a queen with a plain face, on the throne of England;
there were a king with a large jaw and a queen with a fair face, on the throne of France. In
both countries it was clearer than crystal to the lords of the State preserves of loaves and
fishes, that things in general were settled for ever. It was the year of Our Lord one thousand
seven hundred and seventy-five. Spiritual revelations were conceded to England at that
favoured period, as at this. Mrs. Southcott had recently attained her five-and-twentieth
blessed birthday, of whom a prophetic private in the Life Guards had heralded the sublime
appearance by announcing that arrangements were made for the swallowing up of London and
Westminster. Even the Cock-lane ghost had been laid only a round dozen of years, after
rapping out its messages, as the spirits of this very year last past (supernaturally
deficient in originality) rapped out theirs.";

    // Splits a line into lower-case words (letters, inner apostrophes and hyphens).
    static IEnumerable<string> Words(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsLetter(c) || (c == '\'' && sb.Length > 0) || (c == '-' && sb.Length > 0)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { yield return sb.ToString().Trim('-', '\''); sb.Clear(); }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    // Every word of every *.txt file in dir (files in name order), read line by line.
    static List<string> ReadWords(string dir, out int lines, out long chars)
    {
        var words = new List<string>();
        lines = 0;
        chars = 0;
        var files = Directory.GetFiles(dir, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            using var reader = new StreamReader(file);
            string line;
            while ((line = reader.ReadLine()) != null)
            {
                lines++;
                chars += line.Length;
                foreach (string w in Words(line)) if (w.Length > 0) words.Add(w);
            }
        }
        return words;
    }

    static int Main()
    {
        string dir = Path.Combine(Path.GetTempPath(), "anyclr-wordfreq-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try { return Report(dir); }
        finally { Directory.Delete(dir, true); }
    }

    static int Report(string dir)
    {
        // The text goes to disk one paragraph per file, the second in UTF-16 with a byte order
        // mark (which StreamReader detects), and a file that is not *.txt is ignored.
        string[] paragraphs = Text.Replace("\r\n", "\n").Split("\n\n");
        using (var w = new StreamWriter(Path.Combine(dir, "part1.txt"))) foreach (string l in paragraphs[0].Split('\n')) w.WriteLine(l);
        File.WriteAllLines(Path.Combine(dir, "part2.txt"), paragraphs[1].Split('\n'), Encoding.Unicode);
        File.WriteAllText(Path.Combine(dir, "notes.md"), "not counted not counted");
        Console.WriteLine("files: " + string.Join(", ", Directory.GetFiles(dir).Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length}").Order(StringComparer.Ordinal)));

        List<string> words = ReadWords(dir, out int lineCount, out long charCount);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string w in words) counts[w] = counts.GetValueOrDefault(w) + 1;
        int total = words.Count;
        Console.WriteLine($"{total} words, {counts.Count} distinct, {lineCount} lines, {charCount} chars");
        var ranked = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        int max = ranked[0].Value;
        Console.WriteLine("rank  word            count   share  histogram");
        for (int i = 0; i < 15; i++)
        {
            var (word, count) = (ranked[i].Key, ranked[i].Value);
            double share = (double)count / total;
            Console.WriteLine($"{i + 1,4}  {word,-14}  {count,5}  {share,6:P1}  {new string('#', (int)Math.Round(30.0 * count / max))}");
        }
        var byLength = counts.Keys.GroupBy(w => w.Length).OrderBy(g => g.Key);
        Console.WriteLine("by length: " + string.Join(" ", byLength.Select(g => g.Key + ":" + g.Count())));
        Console.WriteLine("longest: " + string.Join(", ", counts.Keys.Where(w => w.Length == counts.Keys.Max(k => k.Length)).Order(StringComparer.Ordinal)));
        Console.WriteLine("hapax legomena: " + counts.Count(kv => kv.Value == 1) + ", first ten: " + string.Join(" ", counts.Where(kv => kv.Value == 1).Select(kv => kv.Key).Order(StringComparer.Ordinal).Take(10)));
        var letters = new SortedDictionary<char, int>();
        foreach (var kv in counts) foreach (char c in kv.Key) if (char.IsLetter(c)) letters[c] = letters.GetValueOrDefault(c) + kv.Value;
        Console.WriteLine("letters: " + string.Join(" ", letters.Select(kv => $"{kv.Key}={kv.Value}")));
        double mean = counts.Keys.Average(w => (double)w.Length);
        double sd = Math.Sqrt(counts.Keys.Average(w => (w.Length - mean) * (w.Length - mean)));
        Console.WriteLine($"mean distinct-word length {mean:F3}, sd {sd:F3}, median count {Median(counts.Values.ToList())}");
        var bigrams = words.Zip(words.Skip(1), (a, b) => a + " " + b)
            .CountBy(x => x).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(5);
        Console.WriteLine("top bigrams: " + string.Join("; ", bigrams.Select(kv => $"'{kv.Key}' x{kv.Value}")));

        // The report itself goes to a file too, and is read back with File.ReadLines.
        string report = Path.Combine(dir, "top.csv");
        File.WriteAllLines(report, ranked.Take(5).Select(kv => kv.Key + "," + kv.Value));
        Console.WriteLine("top.csv: " + string.Join(" | ", File.ReadLines(report)));
        return 0;
    }

    static double Median(List<int> xs)
    {
        xs.Sort();
        int n = xs.Count;
        return n % 2 == 1 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2.0;
    }
}
