// A complete program: a CSV report — parsing quoted fields, typed columns, LINQ grouping with
// several aggregates, a pivot table, and aligned, formatted output.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

record Sale(DateTime Date, string Region, string Product, int Units, decimal Price, string Note)
{
    public decimal Revenue => Units * Price;
}

class Program
{
    const string Csv = @"date,region,product,units,unit_price,note
2024-01-05,North,Widget,12,2.50,
2024-01-07,South,Gadget,3,19.99,""rush, gift""
2024-01-19,North,Gadget,5,19.99,
2024-02-02,East,Widget,40,2.35,""bulk """"discount""""""
2024-02-11,South,Widget,7,2.50,
2024-02-14,West,Doohickey,1,149.00,valentine
2024-02-28,East,Gadget,9,18.50,
2024-03-03,North,Doohickey,2,145.00,
2024-03-15,West,Widget,25,2.40,
2024-03-21,South,Gadget,4,19.99,""multi
line note""
2024-03-30,East,Doohickey,3,139.99,";

    static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { fields.Add(sb.ToString()); sb.Clear(); rows.Add(fields.ToArray()); fields.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        rows.Add(fields.ToArray());
        return rows;
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var rows = ParseCsv(Csv);
        string[] header = rows[0];
        Console.WriteLine("columns: " + string.Join(" | ", header) + " ; rows: " + (rows.Count - 1));
        var sales = rows.Skip(1).Select(r => new Sale(DateTime.ParseExact(r[0], "yyyy-MM-dd", inv), r[1], r[2], int.Parse(r[3], inv), decimal.Parse(r[4], inv), r[5])).ToList();
        foreach (var s in sales.Where(s => s.Note.Length > 0)) Console.WriteLine($"note on {s.Date:yyyy-MM-dd}: [{s.Note.Replace("\n", "\\n")}]");

        Console.WriteLine();
        Console.WriteLine($"{"Region",-8}{"Sales",6}{"Units",7}{"Revenue",12}{"Avg price",11}{"Best product",14}");
        foreach (var g in sales.GroupBy(s => s.Region).OrderByDescending(g => g.Sum(s => s.Revenue)))
        {
            var best = g.GroupBy(s => s.Product).OrderByDescending(p => p.Sum(s => s.Revenue)).First().Key;
            Console.WriteLine($"{g.Key,-8}{g.Count(),6}{g.Sum(s => s.Units),7}{g.Sum(s => s.Revenue),12:N2}{g.Average(s => s.Price),11:F3}{best,14}");
        }
        Console.WriteLine($"{"Total",-8}{sales.Count,6}{sales.Sum(s => s.Units),7}{sales.Sum(s => s.Revenue),12:N2}");

        Console.WriteLine();
        var products = sales.Select(s => s.Product).Distinct().Order(StringComparer.Ordinal).ToList();
        Console.WriteLine("Month   " + string.Join("", products.Select(p => $"{p,12}")) + $"{"Total",12}");
        foreach (var m in sales.GroupBy(s => new { s.Date.Year, s.Date.Month }).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month))
        {
            var cells = products.Select(p => m.Where(s => s.Product == p).Sum(s => s.Revenue));
            Console.WriteLine($"{new DateTime(m.Key.Year, m.Key.Month, 1):MMM yyyy}" + string.Join("", cells.Select(c => $"{c,12:0.00}")) + $"{m.Sum(s => s.Revenue),12:0.00}");
        }
        var share = sales.GroupBy(s => s.Product).ToDictionary(g => g.Key, g => g.Sum(s => s.Revenue) / sales.Sum(s => s.Revenue));
        Console.WriteLine("share: " + string.Join(", ", share.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value:P1}")));
        var weekdays = sales.GroupBy(s => s.Date.DayOfWeek).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        Console.WriteLine("weekdays: " + string.Join(" ", weekdays));
        var top3 = sales.OrderByDescending(s => s.Revenue).ThenBy(s => s.Date).Take(3);
        Console.WriteLine("top: " + string.Join("; ", top3.Select(s => $"{s.Date:d MMM} {s.Region} {s.Product} {s.Revenue:C}")));
        Console.WriteLine($"span {(sales.Max(s => s.Date) - sales.Min(s => s.Date)).TotalDays} days, median units {sales.Select(s => s.Units).Order().ElementAt(sales.Count / 2)}");
        return 0;
    }
}
