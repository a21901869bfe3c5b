// A complete program: a Markdown-to-HTML converter — block parsing with a line iterator
// (headings, paragraphs, lists, code fences, block quotes, tables, rules), inline markup
// with Regex (emphasis, code spans, links, images, auto-links), HTML escaping, a table of
// contents with slugs, and word statistics.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

abstract record Block;
sealed record Heading(int Level, string Text) : Block;
sealed record Paragraph(string Text) : Block;
sealed record CodeBlock(string? Language, IReadOnlyList<string> Lines) : Block;
sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<string> Items) : Block;
sealed record Quote(IReadOnlyList<Block> Inner) : Block;
sealed record Table(string[] Header, string[] Align, List<string[]> Rows) : Block;
sealed record Rule : Block;

static partial class Markdown
{
    static readonly Regex HeadingRx = new(@"^(#{1,6})\s+(.*?)\s*#*\s*$");
    static readonly Regex OrderedRx = new(@"^\s*(\d+)[.)]\s+(.*)$");
    static readonly Regex BulletRx = new(@"^\s*[-*+]\s+(.*)$");
    static readonly Regex RuleRx = new(@"^\s*([-*_])(\s*\1){2,}\s*$");
    static readonly Regex FenceRx = new(@"^```\s*(\w+)?\s*$");
    static readonly Regex TableSepRx = new(@"^\|?(\s*:?-+:?\s*\|)+\s*:?-+:?\s*\|?$");

    public static List<Block> ParseBlocks(IEnumerable<string> source)
    {
        var blocks = new List<Block>();
        var lines = source.ToList();
        int i = 0;
        while (i < lines.Count)
        {
            string line = lines[i];
            if (string.IsNullOrWhiteSpace(line)) { i++; continue; }
            Match m;
            if ((m = FenceRx.Match(line)).Success)
            {
                var code = new List<string>();
                for (i++; i < lines.Count && !lines[i].StartsWith("```"); i++) code.Add(lines[i]);
                i++;
                blocks.Add(new CodeBlock(m.Groups[1].Success ? m.Groups[1].Value : null, code));
            }
            else if ((m = HeadingRx.Match(line)).Success)
            {
                blocks.Add(new Heading(m.Groups[1].Length, m.Groups[2].Value));
                i++;
            }
            else if (RuleRx.IsMatch(line)) { blocks.Add(new Rule()); i++; }
            else if (line.StartsWith('>'))
            {
                var inner = new List<string>();
                for (; i < lines.Count && lines[i].StartsWith('>'); i++) inner.Add(lines[i].Length > 1 && lines[i][1] == ' ' ? lines[i][2..] : lines[i][1..]);
                blocks.Add(new Quote(ParseBlocks(inner)));
            }
            else if (line.Contains('|') && i + 1 < lines.Count && TableSepRx.IsMatch(lines[i + 1]))
            {
                string[] Cells(string l) => l.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                var header = Cells(line);
                var align = Cells(lines[i + 1]).Select(c => (c.StartsWith(':'), c.EndsWith(':')) switch
                {
                    (true, true) => "center", (false, true) => "right", (true, false) => "left", _ => "",
                }).ToArray();
                var rows = new List<string[]>();
                for (i += 2; i < lines.Count && lines[i].Contains('|'); i++) rows.Add(Cells(lines[i]));
                blocks.Add(new Table(header, align, rows));
            }
            else if (OrderedRx.IsMatch(line) || BulletRx.IsMatch(line))
            {
                bool ordered = OrderedRx.IsMatch(line);
                int start = ordered ? int.Parse(OrderedRx.Match(line).Groups[1].Value) : 1;
                var items = new List<string>();
                var rx = ordered ? OrderedRx : BulletRx;
                for (; i < lines.Count; i++)
                {
                    var im = rx.Match(lines[i]);
                    if (im.Success) items.Add(im.Groups[im.Groups.Count - 1].Value);
                    else if (lines[i].StartsWith("  ") && items.Count > 0) items[^1] += " " + lines[i].Trim();
                    else break;
                }
                blocks.Add(new ListBlock(ordered, start, items));
            }
            else
            {
                var sb = new StringBuilder(line.Trim());
                for (i++; i < lines.Count && !string.IsNullOrWhiteSpace(lines[i]) && !HeadingRx.IsMatch(lines[i])
                     && !FenceRx.IsMatch(lines[i]) && !BulletRx.IsMatch(lines[i]) && !lines[i].StartsWith('>'); i++)
                    sb.Append(lines[i].EndsWith("  ") ? "\n" : " ").Append(lines[i].Trim());
                blocks.Add(new Paragraph(sb.ToString()));
            }
        }
        return blocks;
    }

    public static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    static readonly Regex CodeSpanRx = new(@"`([^`]+)`");
    static readonly Regex ImageRx = new(@"!\[([^\]]*)\]\(([^)\s]+)(?:\s+""([^""]*)"")?\)");
    static readonly Regex LinkRx = new(@"\[([^\]]+)\]\(([^)\s]+)\)");
    static readonly Regex StrongRx = new(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1");
    static readonly Regex EmRx = new(@"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])");
    static readonly Regex AutoLinkRx = new(@"<(https?://[^>\s]+)>");
    static readonly Regex StrikeRx = new(@"~~(.+?)~~");

    public static string Inline(string text)
    {
        // Code spans first, parked behind placeholders so nothing inside them is formatted.
        var spans = new List<string>();
        text = CodeSpanRx.Replace(text, m => { spans.Add($"<code>{Escape(m.Groups[1].Value)}</code>"); return $"\u0001{spans.Count - 1}\u0001"; });
        var links = new List<string>();
        text = AutoLinkRx.Replace(text, m => { links.Add($"<a href=\"{m.Groups[1].Value}\">{m.Groups[1].Value}</a>"); return $"\u0002{links.Count - 1}\u0002"; });
        text = Escape(text);
        text = ImageRx.Replace(text, m => m.Groups[3].Success
            ? $"<img src=\"{m.Groups[2].Value}\" alt=\"{m.Groups[1].Value}\" title=\"{m.Groups[3].Value}\">"
            : $"<img src=\"{m.Groups[2].Value}\" alt=\"{m.Groups[1].Value}\">");
        text = LinkRx.Replace(text, "<a href=\"$2\">$1</a>");
        text = StrongRx.Replace(text, "<strong>$2</strong>");
        text = EmRx.Replace(text, "<em>$2</em>");
        text = StrikeRx.Replace(text, "<del>$1</del>");
        text = text.Replace("\n", "<br>\n");
        text = Regex.Replace(text, "\u0002(\\d+)\u0002", m => links[int.Parse(m.Groups[1].Value)]);
        return Regex.Replace(text, "\u0001(\\d+)\u0001", m => spans[int.Parse(m.Groups[1].Value)]);
    }

    public static string Slug(string heading)
    {
        string lower = Regex.Replace(heading.ToLowerInvariant(), @"[^\w\s-]", "");
        return Regex.Replace(lower.Trim(), @"[\s_]+", "-");
    }

    public static void Render(IEnumerable<Block> blocks, StringBuilder html, int indent = 0)
    {
        string pad = new(' ', indent * 2);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading(var level, var text):
                    html.AppendLine($"{pad}<h{level} id=\"{Slug(text)}\">{Inline(text)}</h{level}>");
                    break;
                case Paragraph p:
                    html.AppendLine($"{pad}<p>{Inline(p.Text)}</p>");
                    break;
                case CodeBlock { Language: var lang, Lines: var code }:
                    html.Append(pad).Append(lang is null ? "<pre><code>" : $"<pre><code class=\"language-{lang}\">");
                    html.Append(Escape(string.Join("\n", code))).AppendLine("</code></pre>");
                    break;
                case ListBlock list:
                    string tag = list.Ordered ? "ol" : "ul";
                    html.AppendLine(list is { Ordered: true, Start: not 1 } ? $"{pad}<ol start=\"{list.Start}\">" : $"{pad}<{tag}>");
                    foreach (var item in list.Items)
                    {
                        var (check, rest) = item switch
                        {
                            _ when item.StartsWith("[ ] ") => ("<input type=\"checkbox\" disabled> ", item[4..]),
                            _ when item.StartsWith("[x] ", StringComparison.OrdinalIgnoreCase) => ("<input type=\"checkbox\" checked disabled> ", item[4..]),
                            _ => ("", item),
                        };
                        html.AppendLine($"{pad}  <li>{check}{Inline(rest)}</li>");
                    }
                    html.AppendLine($"{pad}</{tag}>");
                    break;
                case Quote q:
                    html.AppendLine($"{pad}<blockquote>");
                    Render(q.Inner, html, indent + 1);
                    html.AppendLine($"{pad}</blockquote>");
                    break;
                case Table t:
                    html.AppendLine($"{pad}<table>");
                    string Cell(string kind, string text, int col) =>
                        t.Align.ElementAtOrDefault(col) is { Length: > 0 } a ? $"<{kind} align=\"{a}\">{Inline(text)}</{kind}>" : $"<{kind}>{Inline(text)}</{kind}>";
                    html.AppendLine($"{pad}  <tr>{string.Concat(t.Header.Select((h, c) => Cell("th", h, c)))}</tr>");
                    foreach (var row in t.Rows)
                        html.AppendLine($"{pad}  <tr>{string.Concat(row.Select((h, c) => Cell("td", h, c)))}</tr>");
                    html.AppendLine($"{pad}</table>");
                    break;
                case Rule:
                    html.AppendLine($"{pad}<hr>");
                    break;
            }
        }
    }
}

static class Program
{
    const string Doc = """
        # Project *Anvil* — Notes

        Anvil is a **small** tool for _forging_ things. See [the docs](https://example.org/docs)
        or <https://example.org>. Use `anvil --help` for options; `a < b && c` is code.
        Line with two trailing spaces  
        continues here.

        ## Installing

        1. Download the archive
        2. Unpack it: `tar xf anvil.tgz`
        3. Run **`./install`**
           (needs root)

        ### Checklist

        - [x] compile
        - [ ] test on *armhf*
        - [ ] ~~write~~ finish docs
        * mixed bullet

        ---

        > **Note:** quotes can nest blocks.
        > - like lists
        > - and more
        >
        > > even quotes

        | Target | Bits | Endian |
        |:-------|-----:|:------:|
        | x86-64 | 64 | little |
        | armhf | 32 | little |
        | s390x | 64 | big |

        ```csharp
        var x = new List<int> { 1, 2 };
        if (x.Count > 1 && x[0] < 2) Console.WriteLine("<ok>");
        ```

        ```
        plain fence
        ```

        ![logo](img/logo.png "The Logo") and ![bare](b.png).
        Snake_case_words stay plain, and 2*3*4 is arithmetic.

        ## FAQ & Misc.
        #### Deep heading ####
        5) starts at five
        6) then six
        ***
        """;

    static void Main()
    {
        var blocks = Markdown.ParseBlocks(Doc.Split('\n'));
        Console.WriteLine($"{blocks.Count} blocks: " + string.Join(" ", blocks.Select(b => b.GetType().Name)));
        var html = new StringBuilder();
        Markdown.Render(blocks, html);
        Console.Write(html);

        Console.WriteLine("<!-- table of contents -->");
        foreach (var h in blocks.OfType<Heading>())
            Console.WriteLine($"{new string(' ', (h.Level - 1) * 2)}- [{h.Text}](#{Markdown.Slug(h.Text)})");

        string plain = Regex.Replace(html.ToString(), "<[^>]+>", " ");
        plain = WebUtilityDecode(plain);
        var words = Regex.Matches(plain, @"[A-Za-z][A-Za-z'-]+").Select(m => m.Value.ToLowerInvariant()).ToList();
        Console.WriteLine($"{words.Count} words, {words.Distinct().Count()} distinct, longest '{words.MaxBy(w => w.Length)}'");
        var top = words.Where(w => w.Length > 3).CountBy(w => w).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(5);
        Console.WriteLine(string.Join(", ", top.Select(p => $"{p.Key}×{p.Value}")));
        Console.WriteLine(Markdown.Inline("**bold _and em_** `x*y*z` [a](b) *x* __u__ ~~s~~ & <tag>"));
        Console.WriteLine(Regex.Split("a1b22c333d", @"\d+").Length + " " + Regex.IsMatch("2024-06-01", @"^\d{4}-\d{2}-\d{2}$") + " " + Regex.Replace("hello world", @"(\w+) (\w+)", "$2 $1"));
        var m = Regex.Match("key = value # comment", @"^(?<key>\w+)\s*=\s*(?<val>[^#]*?)\s*(#.*)?$");
        Console.WriteLine($"{m.Groups["key"].Value}|{m.Groups["val"].Value}|{m.Groups[3].Value}|{m.Groups["val"].Index}");
    }

    static string WebUtilityDecode(string s) => s.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&");
}
