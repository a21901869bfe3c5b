// A complete program: a JSON tokenizer, a recursive-descent parser into a small DOM, a pretty
// printer (sorted and unsorted keys), queries over the tree, and error reporting with positions.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

enum Tok { LBrace, RBrace, LBracket, RBracket, Colon, Comma, String, Number, True, False, Null, End }

abstract class JsonNode { }
sealed class JsonObject : JsonNode { public readonly List<KeyValuePair<string, JsonNode>> Members = new(); }
sealed class JsonArray : JsonNode { public readonly List<JsonNode> Items = new(); }
sealed class JsonString : JsonNode { public string Value; public JsonString(string v) { Value = v; } }
sealed class JsonNumber : JsonNode { public double Value; public string Raw; public JsonNumber(double v, string raw) { Value = v; Raw = raw; } }
sealed class JsonLiteral : JsonNode { public string Text; public JsonLiteral(string t) { Text = t; } }

class JsonException : Exception { public JsonException(string m) : base(m) { } }

class Lexer
{
    readonly string _s;
    int _i;
    public Tok Kind; public string Text; public int Pos;
    public Lexer(string s) { _s = s; Next(); }

    public void Next()
    {
        while (_i < _s.Length && char.IsWhiteSpace(_s[_i])) _i++;
        Pos = _i;
        if (_i >= _s.Length) { Kind = Tok.End; return; }
        char c = _s[_i];
        switch (c)
        {
            case '{': Kind = Tok.LBrace; _i++; return;
            case '}': Kind = Tok.RBrace; _i++; return;
            case '[': Kind = Tok.LBracket; _i++; return;
            case ']': Kind = Tok.RBracket; _i++; return;
            case ':': Kind = Tok.Colon; _i++; return;
            case ',': Kind = Tok.Comma; _i++; return;
            case '"': Kind = Tok.String; Text = ReadString(); return;
        }
        if (c == '-' || char.IsDigit(c))
        {
            int st = _i;
            if (_s[_i] == '-') _i++;
            while (_i < _s.Length && (char.IsDigit(_s[_i]) || "+-.eE".IndexOf(_s[_i]) >= 0)) _i++;
            Kind = Tok.Number; Text = _s.Substring(st, _i - st); return;
        }
        foreach (var (word, kind) in new[] { ("true", Tok.True), ("false", Tok.False), ("null", Tok.Null) })
            if (string.CompareOrdinal(_s, _i, word, 0, word.Length) == 0) { Kind = kind; Text = word; _i += word.Length; return; }
        throw new JsonException($"unexpected character '{c}' at {_i}");
    }

    string ReadString()
    {
        var sb = new StringBuilder();
        _i++;
        while (true)
        {
            if (_i >= _s.Length) throw new JsonException($"unterminated string at {Pos}");
            char c = _s[_i++];
            if (c == '"') return sb.ToString();
            if (c != '\\') { sb.Append(c); continue; }
            char e = _s[_i++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u': sb.Append((char)int.Parse(_s.AsSpan(_i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); _i += 4; break;
                default: sb.Append(e); break;
            }
        }
    }
}

class Parser
{
    readonly Lexer _lx;
    public Parser(string s) { _lx = new Lexer(s); }

    public JsonNode ParseDocument()
    {
        JsonNode n = ParseValue();
        if (_lx.Kind != Tok.End) throw new JsonException($"trailing {_lx.Kind} at {_lx.Pos}");
        return n;
    }

    void Expect(Tok k)
    {
        if (_lx.Kind != k) throw new JsonException($"expected {k} but found {_lx.Kind} at {_lx.Pos}");
        _lx.Next();
    }

    JsonNode ParseValue()
    {
        switch (_lx.Kind)
        {
            case Tok.LBrace:
            {
                var o = new JsonObject();
                _lx.Next();
                if (_lx.Kind == Tok.RBrace) { _lx.Next(); return o; }
                while (true)
                {
                    if (_lx.Kind != Tok.String) throw new JsonException($"expected String but found {_lx.Kind} at {_lx.Pos}");
                    string key = _lx.Text; _lx.Next();
                    Expect(Tok.Colon);
                    o.Members.Add(new(key, ParseValue()));
                    if (_lx.Kind == Tok.Comma) { _lx.Next(); continue; }
                    Expect(Tok.RBrace);
                    return o;
                }
            }
            case Tok.LBracket:
            {
                var a = new JsonArray();
                _lx.Next();
                if (_lx.Kind == Tok.RBracket) { _lx.Next(); return a; }
                while (true)
                {
                    a.Items.Add(ParseValue());
                    if (_lx.Kind == Tok.Comma) { _lx.Next(); continue; }
                    Expect(Tok.RBracket);
                    return a;
                }
            }
            case Tok.String: { var s = new JsonString(_lx.Text); _lx.Next(); return s; }
            case Tok.Number:
            {
                string raw = _lx.Text;
                if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) throw new JsonException($"bad number '{raw}' at {_lx.Pos}");
                _lx.Next();
                return new JsonNumber(d, raw);
            }
            case Tok.True: case Tok.False: case Tok.Null: { var l = new JsonLiteral(_lx.Text); _lx.Next(); return l; }
        }
        throw new JsonException($"unexpected {_lx.Kind} at {_lx.Pos}");
    }
}

static class Printer
{
    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7E) sb.Append("\\u").Append(((int)c).ToString("x4")); else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static void Print(JsonNode n, StringBuilder sb, int indent, bool sortKeys)
    {
        string pad = new string(' ', indent * 2), pad1 = new string(' ', indent * 2 + 2);
        switch (n)
        {
            case JsonObject o when o.Members.Count == 0: sb.Append("{}"); break;
            case JsonObject o:
                sb.Append("{\n");
                var members = sortKeys ? o.Members.OrderBy(m => m.Key, StringComparer.Ordinal).ToList() : o.Members;
                for (int i = 0; i < members.Count; i++)
                {
                    sb.Append(pad1).Append(Quote(members[i].Key)).Append(": ");
                    Print(members[i].Value, sb, indent + 1, sortKeys);
                    sb.Append(i + 1 < members.Count ? ",\n" : "\n");
                }
                sb.Append(pad).Append('}');
                break;
            case JsonArray a when a.Items.Count == 0: sb.Append("[]"); break;
            case JsonArray a when a.Items.All(x => x is JsonNumber || x is JsonLiteral):
                sb.Append('[').Append(string.Join(", ", a.Items.Select(x => x is JsonNumber num ? Num(num) : ((JsonLiteral)x).Text))).Append(']');
                break;
            case JsonArray a:
                sb.Append("[\n");
                for (int i = 0; i < a.Items.Count; i++)
                {
                    sb.Append(pad1);
                    Print(a.Items[i], sb, indent + 1, sortKeys);
                    sb.Append(i + 1 < a.Items.Count ? ",\n" : "\n");
                }
                sb.Append(pad).Append(']');
                break;
            case JsonString s: sb.Append(Quote(s.Value)); break;
            case JsonNumber num: sb.Append(Num(num)); break;
            case JsonLiteral l: sb.Append(l.Text); break;
        }
    }

    static string Num(JsonNumber n) => n.Value.ToString("R", CultureInfo.InvariantCulture);
}

class Program
{
    const string Doc = @"{""name"":""anyclr"",""version"":[0,4,1],""tags"":[""runtime"",""c"",""\u00e9t\u00e9"",""tab\there""],
      ""stats"":{""tests"":188,""pass_rate"":0.9947,""big"":1.5e300,""tiny"":-2.5E-8,""neg_zero"":-0.0,""int_like"":1e3},
      ""targets"":[{""cpu"":""x86_64"",""bits"":64,""endian"":""little"",""emulated"":false},
                   {""cpu"":""armhf"",""bits"":32,""endian"":""little"",""emulated"":true},
                   {""cpu"":""s390x"",""bits"":64,""endian"":""big"",""emulated"":true}],
      ""empty_obj"":{},""empty_arr"":[],""nothing"":null,""quote"":""she said \""hi\"" \\ bye""}";

    static IEnumerable<JsonNode> Walk(JsonNode n)
    {
        yield return n;
        IEnumerable<JsonNode> kids = n is JsonObject o ? o.Members.Select(m => m.Value) : n is JsonArray a ? a.Items : Enumerable.Empty<JsonNode>();
        foreach (var k in kids) foreach (var d in Walk(k)) yield return d;
    }

    static int Main()
    {
        var lx = new Lexer(Doc);
        var kinds = new Dictionary<Tok, int>();
        while (lx.Kind != Tok.End) { kinds[lx.Kind] = kinds.GetValueOrDefault(lx.Kind) + 1; lx.Next(); }
        Console.WriteLine("tokens: " + string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => k.Key + "=" + k.Value)));
        JsonNode root = new Parser(Doc).ParseDocument();
        var sb = new StringBuilder();
        Printer.Print(root, sb, 0, false);
        Console.WriteLine(sb);
        sb.Clear();
        Printer.Print(root, sb, 0, true);
        Console.WriteLine(sb.ToString().Split('\n').Length + " lines sorted; first member: " + sb.ToString().Split('\n')[1].Trim());
        var nodes = Walk(root).ToList();
        Console.WriteLine("nodes by type: " + string.Join(" ", nodes.GroupBy(n => n.GetType().Name).OrderBy(g => g.Key).Select(g => g.Key + ":" + g.Count())));
        Console.WriteLine("sum of numbers: " + nodes.OfType<JsonNumber>().Where(n => Math.Abs(n.Value) < 1e100).Sum(n => n.Value).ToString("R", CultureInfo.InvariantCulture));
        var targets = ((JsonArray)((JsonObject)root).Members.First(m => m.Key == "targets").Value).Items.Cast<JsonObject>();
        Console.WriteLine("emulated: " + string.Join(",", targets.Where(t => t.Members.Any(m => m.Key == "emulated" && ((JsonLiteral)m.Value).Text == "true")).Select(t => ((JsonString)t.Members[0].Value).Value)));
        foreach (string bad in new[] { "{\"a\":1,}", "[1 2]", "{\"a\" 1}", "\"open", "[1,2", "tru", "{\"x\":[1,{\"y\":}]}", "  ", "[1]x" })
        {
            try { new Parser(bad).ParseDocument(); Console.WriteLine("parsed?! " + bad); }
            catch (JsonException e) { Console.WriteLine($"{bad,-22} -> {e.Message}"); }
        }
        return 0;
    }
}
