// A complete program: a small JSON serializer and deserializer driven by reflection —
// Type.GetProperties, PropertyInfo.GetValue/SetValue, custom attributes for names and
// ignored members, enums, nullable values, lists, arrays, dictionaries and nested objects,
// Activator.CreateInstance, and a hand-written JSON tokenizer to read it back.
#nullable enable
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

[AttributeUsage(AttributeTargets.Property)]
sealed class JsonNameAttribute(string name) : Attribute { public string Name { get; } = name; }

[AttributeUsage(AttributeTargets.Property)]
sealed class JsonIgnoreAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Class)]
sealed class JsonObjectAttribute : Attribute { public bool SortKeys { get; set; } }

enum Role { Guest, Member, Admin }

class Address
{
    public string Street { get; set; } = "";
    public string City { get; set; } = "";
    [JsonName("zip")] public string? PostalCode { get; set; }
}

[JsonObject(SortKeys = true)]
class Tag
{
    public string Name { get; set; } = "";
    public int Weight { get; set; }
}

class User
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public Role Role { get; set; }
    public bool Active { get; set; }
    public double Score { get; set; }
    public decimal Balance { get; set; }
    public long? LastLogin { get; set; }
    public DateTime Created { get; set; }
    public char Initial => Name.Length > 0 ? Name[0] : '?';
    public Address? Home { get; set; }
    public List<string> Groups { get; set; } = new();
    public int[] Lucky { get; set; } = [];
    public Dictionary<string, int> Counters { get; set; } = new();
    public List<Tag> Tags { get; set; } = new();
    [JsonIgnore] public string Password { get; set; } = "secret";
    private string Hidden { get; set; } = "nope";
    public static int Instances { get; set; }
}

static class Json
{
    static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\t' => "\\t", '\r' => "\\r",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return sb.Append('"').ToString();
    }

    static string KeyOf(PropertyInfo p) => p.GetCustomAttribute<JsonNameAttribute>()?.Name ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..];

    static IEnumerable<PropertyInfo> Serializable(Type t)
    {
        var props = t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(JsonIgnoreAttribute), false));
        return t.GetCustomAttribute<JsonObjectAttribute>() is { SortKeys: true } ? props.OrderBy(KeyOf, StringComparer.Ordinal) : props;
    }

    public static string Serialize(object? value, int indent = 0)
    {
        string pad = new(' ', indent * 2), inner = new(' ', (indent + 1) * 2);
        switch (value)
        {
            case null: return "null";
            case string s: return Quote(s);
            case char c: return Quote(c.ToString());
            case bool b: return b ? "true" : "false";
            case Enum e: return Quote(e.ToString());
            case DateTime dt: return Quote(dt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
            case double d: return d.ToString("R", CultureInfo.InvariantCulture);
            case float f: return f.ToString("R", CultureInfo.InvariantCulture);
            case decimal m: return m.ToString(CultureInfo.InvariantCulture);
            case int or long or short or byte or uint or ulong: return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case IDictionary dict:
                if (dict.Count == 0) return "{}";
                var entries = new List<string>();
                foreach (DictionaryEntry de in dict) entries.Add($"{inner}{Quote(de.Key.ToString()!)}: {Serialize(de.Value, indent + 1)}");
                return "{\n" + string.Join(",\n", entries) + "\n" + pad + "}";
            case IEnumerable list:
                var items = list.Cast<object?>().Select(x => Serialize(x, indent + 1)).ToList();
                if (items.Count == 0) return "[]";
                if (items.All(i => !i.Contains('\n')) && items.Sum(i => i.Length) < 60) return "[" + string.Join(", ", items) + "]";
                return "[\n" + string.Join(",\n", items.Select(i => inner + i)) + "\n" + pad + "]";
            default:
                var props = Serializable(value.GetType())
                    .Select(p => $"{inner}{Quote(KeyOf(p))}: {Serialize(p.GetValue(value), indent + 1)}");
                return "{\n" + string.Join(",\n", props) + "\n" + pad + "}";
        }
    }

    // ---- reading back ----
    sealed class Reader(string text)
    {
        int _pos;
        void Ws() { while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++; }
        char Peek() { Ws(); return _pos < text.Length ? text[_pos] : '\0'; }
        void Eat(char c)
        {
            if (Peek() != c) throw new FormatException($"expected '{c}' at {_pos}, found '{(_pos < text.Length ? text[_pos] : '∎')}'");
            _pos++;
        }

        public object? Value()
        {
            switch (Peek())
            {
                case '{':
                    var obj = new Dictionary<string, object?>();
                    Eat('{');
                    if (Peek() != '}')
                        do { string k = String(); Eat(':'); obj[k] = Value(); } while (TryEat(','));
                    Eat('}');
                    return obj;
                case '[':
                    var arr = new List<object?>();
                    Eat('[');
                    if (Peek() != ']')
                        do arr.Add(Value()); while (TryEat(','));
                    Eat(']');
                    return arr;
                case '"': return String();
                case 't': Word("true"); return true;
                case 'f': Word("false"); return false;
                case 'n': Word("null"); return null;
                default:
                    int start = _pos;
                    while (_pos < text.Length && "+-0123456789.eE".Contains(text[_pos])) _pos++;
                    if (start == _pos) throw new FormatException($"unexpected '{text[_pos]}' at {_pos}");
                    return decimal.Parse(text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
        bool TryEat(char c) { if (Peek() != c) return false; _pos++; return true; }
        void Word(string w) { Ws(); if (string.CompareOrdinal(text, _pos, w, 0, w.Length) != 0) throw new FormatException($"bad literal at {_pos}"); _pos += w.Length; }
        string String()
        {
            Eat('"');
            var sb = new StringBuilder();
            while (text[_pos] != '"')
            {
                char c = text[_pos++];
                if (c != '\\') { sb.Append(c); continue; }
                c = text[_pos++];
                sb.Append(c switch
                {
                    'n' => '\n', 't' => '\t', 'r' => '\r',
                    'u' => (char)int.Parse(text.AsSpan(_pos, 4), NumberStyles.HexNumber),
                    _ => c,
                });
                if (c == 'u') _pos += 4;
            }
            _pos++;
            return sb.ToString();
        }
        public void End() { if (Peek() != '\0') throw new FormatException($"trailing data at {_pos}"); }
    }

    public static object? Parse(string text)
    {
        var r = new Reader(text);
        var v = r.Value();
        r.End();
        return v;
    }

    public static T Bind<T>(object? tree) where T : new() => (T)Bind(typeof(T), tree)!;

    static object? Bind(Type t, object? node)
    {
        if (node is null) return null;
        Type target = Nullable.GetUnderlyingType(t) ?? t;
        if (target == typeof(string)) return (string)node;
        if (target.IsEnum) return Enum.Parse(target, (string)node);
        if (target == typeof(DateTime)) return DateTime.ParseExact((string)node, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        if (target.IsPrimitive || target == typeof(decimal)) return Convert.ChangeType(node, target, CultureInfo.InvariantCulture);
        if (target.IsArray)
        {
            var src = (List<object?>)node;
            var arr = Array.CreateInstance(target.GetElementType()!, src.Count);
            for (int i = 0; i < src.Count; i++) arr.SetValue(Bind(target.GetElementType()!, src[i]), i);
            return arr;
        }
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(target)!;
            foreach (var item in (List<object?>)node) list.Add(Bind(target.GetGenericArguments()[0], item));
            return list;
        }
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var dict = (IDictionary)Activator.CreateInstance(target)!;
            foreach (var (k, v) in (Dictionary<string, object?>)node) dict[k] = Bind(target.GetGenericArguments()[1], v);
            return dict;
        }
        var obj = Activator.CreateInstance(target)!;
        var map = (Dictionary<string, object?>)node;
        foreach (var p in Serializable(target).Where(p => p.CanWrite))
            if (map.TryGetValue(KeyOf(p), out var v)) p.SetValue(obj, Bind(p.PropertyType, v));
        return obj;
    }
}

static class Program
{
    static void Main()
    {
        var user = new User
        {
            Id = 7, Name = "Grace \"Amazing\" Hopper", Email = null, Role = Role.Admin, Active = true,
            Score = 0.1 + 0.2, Balance = 1234.50m, LastLogin = 1_700_000_000_000, Created = new DateTime(2023, 11, 14, 22, 13, 20),
            Home = new Address { Street = "1 Navy Way\tApt 2", City = "Arlington", PostalCode = "22201" },
            Groups = ["compilers", "cobol"], Lucky = [3, 7, 42],
            Counters = new() { ["logins"] = 12, ["bugs"] = 1 },
            Tags = [new Tag { Name = "pioneer", Weight = 10 }, new Tag { Name = "navy", Weight = 3 }],
        };
        string json = Json.Serialize(user);
        Console.WriteLine(json);

        var props = typeof(User).GetProperties().Select(p => $"{p.Name}:{p.PropertyType.Name}{(p.CanWrite ? "" : "(ro)")}");
        Console.WriteLine(string.Join(" ", props));
        Console.WriteLine($"non-public instance: {string.Join(",", typeof(User).GetProperties(BindingFlags.NonPublic | BindingFlags.Instance).Select(p => p.Name))}");
        Console.WriteLine($"static: {string.Join(",", typeof(User).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name))}");
        var zip = typeof(Address).GetProperty("PostalCode")!;
        Console.WriteLine($"{zip.Name} -> {zip.GetCustomAttribute<JsonNameAttribute>()!.Name}, ignored password: {typeof(User).GetProperty("Password")!.IsDefined(typeof(JsonIgnoreAttribute))}");

        var tree = Json.Parse(json);
        var back = Json.Bind<User>(tree);
        string again = Json.Serialize(back);
        Console.WriteLine($"round trip equal: {again == json}, password reset to default: {back.Password}");
        Console.WriteLine($"{back.Name} | {back.Home?.City} | {back.Home?.PostalCode} | {back.Role} | {back.LastLogin} | {back.Created:O} | {string.Join("+", back.Lucky)} | {back.Tags[1].Name} | {back.Score}");

        Console.WriteLine(Json.Serialize(new object?[] { 1, "two", 3.5, null, true, Role.Member, new[] { 'x', 'y' }, new List<int>(), new Dictionary<string, bool>() }));
        Console.WriteLine(Json.Serialize("ctl\u0001\u001f é ✓"));
        Console.WriteLine(Json.Serialize(new { Anonymous = 1, Nested = new { Deep = "yes" } }));

        string[] bad = ["{\"a\": 1,}", "[1 2]", "{\"a\" 1}", "tru", "[1] x", "\"open", "{\"id\": \"seven\"}"];
        foreach (var b in bad)
        {
            try
            {
                var t = Json.Parse(b);
                var u = Json.Bind<User>(t);
                Console.WriteLine($"{b,-16} parsed?! {u.Id}");
            }
            catch (FormatException e) { Console.WriteLine($"{b,-16} FormatException: {e.Message}"); }
            catch (IndexOutOfRangeException) { Console.WriteLine($"{b,-16} ran off the end"); }
            catch (InvalidCastException e) { Console.WriteLine($"{b,-16} InvalidCastException: {e.Message}"); }
        }

        var setter = typeof(Tag).GetProperty(nameof(Tag.Weight))!;
        var tag = new Tag();
        setter.SetValue(tag, 99);
        Console.WriteLine($"{tag.Weight} {setter.GetValue(tag)} {setter.PropertyType} {setter.DeclaringType!.Name}");
        try { setter.SetValue(tag, "heavy"); }
        catch (ArgumentException e) { Console.WriteLine($"{e.GetType().Name}: {e.Message}"); }
        var method = typeof(Json).GetMethod("Serialize")!;
        Console.WriteLine(method.Invoke(null, [new Tag { Name = "via-invoke", Weight = 1 }, 0]));
    }
}
