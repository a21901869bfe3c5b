using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace System.Text.RegularExpressions
{
    [Flags]
    public enum RegexOptions
    {
        None = 0, IgnoreCase = 1, Multiline = 2, ExplicitCapture = 4, Compiled = 8, Singleline = 16,
        IgnorePatternWhitespace = 32, RightToLeft = 64, ECMAScript = 256, CultureInvariant = 512, NonBacktracking = 1024,
    }

    public delegate string MatchEvaluator(Match match);

    public class RegexParseException : ArgumentException
    {
        internal RegexParseException(string pattern, int offset, string message)
            : base("Invalid pattern '" + pattern + "' at offset " + offset + ". " + message) { }
    }

    public class RegexMatchTimeoutException : TimeoutException
    {
        public RegexMatchTimeoutException() { }
        public RegexMatchTimeoutException(string message) : base(message) { }
    }

    // A backtracking regular-expression engine for .NET's syntax: the pattern is parsed into a
    // tree of nodes, each matching in continuation-passing style (match here, then the rest).
    public partial class Regex
    {
        private readonly string _pattern;
        private readonly RegexOptions _options;
        private readonly Node _root;
        private readonly int _groupCount;                 // including group 0
        private readonly string[] _groupNames;            // by number
        private readonly Dictionary<string, int> _nameToNumber;

        public static readonly TimeSpan InfiniteMatchTimeout = new TimeSpan(0, 0, 0, 0, -1);

        public Regex(string pattern) : this(pattern, RegexOptions.None) { }
        public Regex(string pattern, RegexOptions options, TimeSpan matchTimeout) : this(pattern, options) { }

        public Regex(string pattern, RegexOptions options)
        {
            if (pattern == null) throw new ArgumentNullException("pattern");
            _pattern = pattern;
            _options = options;
            var p = new Parser(pattern, options);
            _root = p.ParseAll();
            _groupCount = p.GroupCount;
            _groupNames = p.GroupNames;
            _nameToNumber = p.NameToNumber;
        }

        public RegexOptions Options => _options;
        public TimeSpan MatchTimeout => InfiniteMatchTimeout;
        public bool RightToLeft => false;
        public override string ToString() => _pattern;

        public string[] GetGroupNames() => (string[])_groupNames.Clone();

        public int[] GetGroupNumbers()
        {
            var r = new int[_groupCount];
            for (int i = 0; i < r.Length; i++) r[i] = i;
            return r;
        }

        public string GroupNameFromNumber(int i) => i >= 0 && i < _groupCount ? _groupNames[i] : "";
        public int GroupNumberFromName(string name) => _nameToNumber.TryGetValue(name, out int n) ? n : -1;

        // ---- matching

        internal System.Text.RegularExpressions.Match Run(string input, int startat, int prevEnd)
        {
            var st = new State(input, _groupCount, _options);
            for (int start = startat; start <= input.Length; start++)
            {
                st.Reset();
                st.MatchStart = start;
                int end = -1;
                if (_root.M(st, start, e => { end = e; return true; }))
                {
                    var groups = new Group[_groupCount];
                    groups[0] = new Group(input, start, end - start, true, "0");
                    for (int g = 1; g < _groupCount; g++)
                    {
                        int s = st.CapStart[g], e = st.CapEnd[g];
                        groups[g] = s >= 0 ? new Group(input, s, e - s, true, _groupNames[g]) : new Group(input, 0, 0, false, _groupNames[g]);
                    }
                    return new System.Text.RegularExpressions.Match(this, input, groups, _nameToNumber);
                }
            }
            return System.Text.RegularExpressions.Match.Empty;
        }

        public bool IsMatch(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            return Run(input, 0, -1).Success;
        }

        public bool IsMatch(string input, int startat) => Run(input ?? throw new ArgumentNullException("input"), startat, -1).Success;
        public bool IsMatch(ReadOnlySpan<char> input) => IsMatch(input.ToString());

        public System.Text.RegularExpressions.Match Match(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            return Run(input, 0, -1);
        }

        public System.Text.RegularExpressions.Match Match(string input, int startat)
        {
            if (input == null) throw new ArgumentNullException("input");
            if ((uint)startat > (uint)input.Length) throw new ArgumentOutOfRangeException("startat", "Start index cannot be less than 0 or greater than input length.");
            return Run(input, startat, -1);
        }

        public MatchCollection Matches(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            return new MatchCollection(this, input, 0);
        }

        public MatchCollection Matches(string input, int startat) => new MatchCollection(this, input ?? throw new ArgumentNullException("input"), startat);

        public int Count(string input)
        {
            int n = 0;
            foreach (System.Text.RegularExpressions.Match m in Matches(input)) n++;
            return n;
        }

        public string Replace(string input, string replacement) => Replace(input, replacement, -1, 0);
        public string Replace(string input, string replacement, int count) => Replace(input, replacement, count, 0);

        public string Replace(string input, string replacement, int count, int startat)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (replacement == null) throw new ArgumentNullException("replacement");
            return Replace(input, m => m.Result(replacement), count, startat);
        }

        public string Replace(string input, MatchEvaluator evaluator) => Replace(input, evaluator, -1, 0);
        public string Replace(string input, MatchEvaluator evaluator, int count) => Replace(input, evaluator, count, 0);

        public string Replace(string input, MatchEvaluator evaluator, int count, int startat)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (evaluator == null) throw new ArgumentNullException("evaluator");
            if (count == 0) return input;
            var sb = new StringBuilder();
            int prev = 0, done = 0;
            foreach (System.Text.RegularExpressions.Match m in new MatchCollection(this, input, startat))
            {
                sb.Append(input, prev, m.Index - prev);
                sb.Append(evaluator(m));
                prev = m.Index + m.Length;
                if (++done == count) break;
            }
            if (done == 0) return input;
            sb.Append(input, prev, input.Length - prev);
            return sb.ToString();
        }

        public string[] Split(string input) => Split(input, 0, 0);
        public string[] Split(string input, int count) => Split(input, count, 0);

        public string[] Split(string input, int count, int startat)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (count == 1) return new[] { input };
            var parts = new List<string>();
            int prev = 0, n = 0;
            foreach (System.Text.RegularExpressions.Match m in new MatchCollection(this, input, startat))
            {
                if (count > 0 && n == count - 1) break;
                parts.Add(input.Substring(prev, m.Index - prev));
                for (int g = 1; g < m.Groups.Count; g++) if (m.Groups[g].Success) parts.Add(m.Groups[g].Value);
                prev = m.Index + m.Length;
                n++;
            }
            parts.Add(input.Substring(prev));
            return parts.ToArray();
        }

        // ---- static helpers

        public static bool IsMatch(string input, string pattern) => new Regex(pattern).IsMatch(input);
        public static bool IsMatch(string input, string pattern, RegexOptions options) => new Regex(pattern, options).IsMatch(input);
        public static bool IsMatch(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options).IsMatch(input);
        public static System.Text.RegularExpressions.Match Match(string input, string pattern) => new Regex(pattern).Match(input);
        public static System.Text.RegularExpressions.Match Match(string input, string pattern, RegexOptions options) => new Regex(pattern, options).Match(input);
        public static System.Text.RegularExpressions.Match Match(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options).Match(input);
        public static MatchCollection Matches(string input, string pattern) => new Regex(pattern).Matches(input);
        public static MatchCollection Matches(string input, string pattern, RegexOptions options) => new Regex(pattern, options).Matches(input);
        public static MatchCollection Matches(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options).Matches(input);
        public static int Count(string input, string pattern) => new Regex(pattern).Count(input);
        public static string Replace(string input, string pattern, string replacement) => new Regex(pattern).Replace(input, replacement);
        public static string Replace(string input, string pattern, string replacement, RegexOptions options) => new Regex(pattern, options).Replace(input, replacement);
        public static string Replace(string input, string pattern, string replacement, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options).Replace(input, replacement);
        public static string Replace(string input, string pattern, MatchEvaluator evaluator) => new Regex(pattern).Replace(input, evaluator);
        public static string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options) => new Regex(pattern, options).Replace(input, evaluator);
        public static string[] Split(string input, string pattern) => new Regex(pattern).Split(input);
        public static string[] Split(string input, string pattern, RegexOptions options) => new Regex(pattern, options).Split(input);

        public static string Escape(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            var sb = new StringBuilder();
            foreach (char c in str)
            {
                switch (c)
                {
                    case '\\': case '*': case '+': case '?': case '|': case '{': case '[': case '(': case ')': case '^': case '$': case '.': case '#': case ' ':
                        sb.Append('\\').Append(c); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\f': sb.Append("\\f"); break;
                    default: sb.Append(c); break;
                }
            }
            return sb.ToString();
        }

        public static string Unescape(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            var sb = new StringBuilder();
            for (int i = 0; i < str.Length; i++)
            {
                char c = str[i];
                if (c != '\\' || i + 1 >= str.Length) { sb.Append(c); continue; }
                char e = str[++i];
                switch (e)
                {
                    case 't': sb.Append('\t'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'v': sb.Append('\v'); break;
                    case 'a': sb.Append('\a'); break;
                    case 'e': sb.Append('\u001B'); break;
                    default: sb.Append(e); break;
                }
            }
            return sb.ToString();
        }

        // ---- engine

        internal sealed class State
        {
            internal readonly string Input;
            internal readonly int[] CapStart, CapEnd;
            internal readonly RegexOptions Options;
            internal int MatchStart;
            internal State(string input, int groups, RegexOptions options)
            {
                Input = input;
                CapStart = new int[groups];
                CapEnd = new int[groups];
                Options = options;
            }
            internal void Reset() { for (int i = 0; i < CapStart.Length; i++) { CapStart[i] = -1; CapEnd[i] = -1; } }
        }

        internal abstract class Node
        {
            // Matches at pos and then calls k with the end position; true when k succeeded.
            internal abstract bool M(State s, int pos, Func<int, bool> k);
            // Single-character nodes can be repeated without recursion.
            internal virtual bool IsSingleChar => false;
            internal virtual bool MatchChar(State s, char c) => false;
        }

        internal sealed class CharNode : Node
        {
            private readonly char _c;
            private readonly bool _ic;
            internal CharNode(char c, bool ic) { _c = ic ? char.ToLowerInvariant(c) : c; _ic = ic; }
            internal override bool IsSingleChar => true;
            internal override bool MatchChar(State s, char c) => (_ic ? char.ToLowerInvariant(c) : c) == _c;
            internal override bool M(State s, int pos, Func<int, bool> k) => pos < s.Input.Length && MatchChar(s, s.Input[pos]) && k(pos + 1);
        }

        internal sealed class SetNode : Node
        {
            private readonly Func<char, bool> _test;
            internal SetNode(Func<char, bool> test) { _test = test; }
            internal override bool IsSingleChar => true;
            internal override bool MatchChar(State s, char c) => _test(c);
            internal override bool M(State s, int pos, Func<int, bool> k) => pos < s.Input.Length && _test(s.Input[pos]) && k(pos + 1);
        }

        internal sealed class SeqNode : Node
        {
            private readonly Node[] _items;
            internal SeqNode(Node[] items) { _items = items; }
            internal override bool M(State s, int pos, Func<int, bool> k) => Step(s, 0, pos, k);
            private bool Step(State s, int i, int pos, Func<int, bool> k)
            {
                if (i == _items.Length) return k(pos);
                return _items[i].M(s, pos, e => Step(s, i + 1, e, k));
            }
        }

        internal sealed class AltNode : Node
        {
            private readonly Node[] _alts;
            internal AltNode(Node[] alts) { _alts = alts; }
            internal override bool M(State s, int pos, Func<int, bool> k)
            {
                foreach (Node a in _alts) if (a.M(s, pos, k)) return true;
                return false;
            }
        }

        internal sealed class GroupNode : Node
        {
            private readonly Node _inner;
            private readonly int _n;
            internal GroupNode(Node inner, int n) { _inner = inner; _n = n; }
            internal override bool M(State s, int pos, Func<int, bool> k) =>
                _inner.M(s, pos, e =>
                {
                    int os = s.CapStart[_n], oe = s.CapEnd[_n];
                    s.CapStart[_n] = pos;
                    s.CapEnd[_n] = e;
                    if (k(e)) return true;
                    s.CapStart[_n] = os;
                    s.CapEnd[_n] = oe;
                    return false;
                });
        }

        internal sealed class RepeatNode : Node
        {
            private readonly Node _inner;
            private readonly int _min, _max;
            private readonly bool _lazy;
            internal RepeatNode(Node inner, int min, int max, bool lazy) { _inner = inner; _min = min; _max = max; _lazy = lazy; }

            internal override bool M(State s, int pos, Func<int, bool> k)
            {
                if (_inner.IsSingleChar)
                {
                    string input = s.Input;
                    int n = 0;
                    if (_lazy)
                    {
                        while (n < _min) { if (pos + n >= input.Length || !_inner.MatchChar(s, input[pos + n])) return false; n++; }
                        while (true)
                        {
                            if (k(pos + n)) return true;
                            if (n >= _max || pos + n >= input.Length || !_inner.MatchChar(s, input[pos + n])) return false;
                            n++;
                        }
                    }
                    while (n < _max && pos + n < input.Length && _inner.MatchChar(s, input[pos + n])) n++;
                    for (; n >= _min; n--) if (k(pos + n)) return true;
                    return false;
                }
                return Rep(s, pos, 0, k);
            }

            private bool Rep(State s, int pos, int count, Func<int, bool> k)
            {
                if (_lazy)
                {
                    if (count >= _min && k(pos)) return true;
                    return count < _max && _inner.M(s, pos, e => (e == pos && count >= _min) ? false : Rep(s, e, count + 1, k));
                }
                if (count < _max && _inner.M(s, pos, e => (e == pos && count >= _min) ? false : Rep(s, e, count + 1, k))) return true;
                return count >= _min && k(pos);
            }
        }

        internal sealed class BackrefNode : Node
        {
            private readonly int _n;
            private readonly bool _ic;
            internal BackrefNode(int n, bool ic) { _n = n; _ic = ic; }
            internal override bool M(State s, int pos, Func<int, bool> k)
            {
                int st = s.CapStart[_n];
                if (st < 0) return false;
                int len = s.CapEnd[_n] - st;
                if (pos + len > s.Input.Length) return false;
                for (int i = 0; i < len; i++)
                {
                    char a = s.Input[st + i], b = s.Input[pos + i];
                    if (_ic ? char.ToLowerInvariant(a) != char.ToLowerInvariant(b) : a != b) return false;
                }
                return k(pos + len);
            }
        }

        internal sealed class LookNode : Node
        {
            private readonly Node _inner;
            private readonly bool _negate, _behind;
            internal LookNode(Node inner, bool negate, bool behind) { _inner = inner; _negate = negate; _behind = behind; }
            internal override bool M(State s, int pos, Func<int, bool> k)
            {
                bool found;
                if (!_behind) found = _inner.M(s, pos, e => true);
                else
                {
                    found = false;
                    for (int start = pos; start >= 0 && !found; start--) found = _inner.M(s, start, e => e == pos);
                }
                return found != _negate && k(pos);
            }
        }

        internal sealed class AssertNode : Node
        {
            private readonly char _kind;
            internal AssertNode(char kind) { _kind = kind; }

            private static bool IsWord(string s, int i) => i >= 0 && i < s.Length && Parser.IsWordChar(s[i]);

            internal override bool M(State s, int pos, Func<int, bool> k)
            {
                string t = s.Input;
                bool ml = (s.Options & RegexOptions.Multiline) != 0;
                bool ok;
                switch (_kind)
                {
                    case '^': ok = pos == 0 || (ml && t[pos - 1] == '\n'); break;
                    case '$': ok = pos == t.Length || (pos == t.Length - 1 && t[pos] == '\n') || (ml && t[pos] == '\n'); break;
                    case 'A': ok = pos == 0; break;
                    case 'z': ok = pos == t.Length; break;
                    case 'Z': ok = pos == t.Length || (pos == t.Length - 1 && t[pos] == '\n'); break;
                    case 'b': ok = IsWord(t, pos - 1) != IsWord(t, pos); break;
                    case 'B': ok = IsWord(t, pos - 1) == IsWord(t, pos); break;
                    case 'G': ok = pos == s.MatchStart; break;
                    default: ok = false; break;
                }
                return ok && k(pos);
            }
        }

        internal sealed class EmptyNode : Node
        {
            internal override bool M(State s, int pos, Func<int, bool> k) => k(pos);
        }

        // ---- parser

        private sealed class Parser
        {
            private readonly string _p;
            private int _i;
            private RegexOptions _opt;
            internal int GroupCount = 1;
            private readonly List<(string name, GroupPlaceholder ph)> _named = new List<(string, GroupPlaceholder)>();
            internal string[] GroupNames;
            internal Dictionary<string, int> NameToNumber = new Dictionary<string, int>();
            private readonly List<NamedBackref> _namedRefs = new List<NamedBackref>();

            internal Parser(string pattern, RegexOptions options) { _p = pattern; _opt = options; }

            private bool IC => (_opt & RegexOptions.IgnoreCase) != 0;

            private Exception Error(string msg) => new RegexParseException(_p, _i, msg);

            internal Node ParseAll()
            {
                Node n = ParseAlt();
                if (_i < _p.Length) throw Error("Too many )'s.");
                // Named groups are numbered after the unnamed ones, in order of appearance.
                var names = new List<string>();
                for (int g = 0; g < GroupCount; g++) names.Add(g.ToString(CultureInfo.InvariantCulture));
                foreach (var (name, ph) in _named)
                {
                    if (NameToNumber.TryGetValue(name, out int existing)) { ph.Number = existing; continue; }
                    int num = name.Length > 0 && char.IsDigit(name[0]) ? int.Parse(name, CultureInfo.InvariantCulture) : GroupCount++;
                    ph.Number = num;
                    while (names.Count <= num) names.Add(names.Count.ToString(CultureInfo.InvariantCulture));
                    names[num] = name;
                    NameToNumber[name] = num;
                }
                if (GroupCount < names.Count) GroupCount = names.Count;
                for (int g = 0; g < GroupCount; g++) if (!NameToNumber.ContainsKey(names[g])) NameToNumber[names[g]] = g;
                GroupNames = names.ToArray();
                foreach (var r in _namedRefs)
                {
                    if (!NameToNumber.TryGetValue(r.Name, out int num)) throw Error("Reference to undefined group name '" + r.Name + "'.");
                    r.Number = num;
                }
                return n;
            }

            private Node ParseAlt()
            {
                var alts = new List<Node> { ParseSeq() };
                while (_i < _p.Length && _p[_i] == '|') { _i++; alts.Add(ParseSeq()); }
                return alts.Count == 1 ? alts[0] : new AltNode(alts.ToArray());
            }

            private Node ParseSeq()
            {
                var items = new List<Node>();
                while (_i < _p.Length && _p[_i] != '|' && _p[_i] != ')')
                {
                    if ((_opt & RegexOptions.IgnorePatternWhitespace) != 0)
                    {
                        char w = _p[_i];
                        if (char.IsWhiteSpace(w)) { _i++; continue; }
                        if (w == '#') { while (_i < _p.Length && _p[_i] != '\n') _i++; continue; }
                    }
                    Node atom = ParseAtom();
                    if (atom == null) continue;
                    items.Add(ParseQuantifier(atom));
                }
                return items.Count == 1 ? items[0] : new SeqNode(items.ToArray());
            }

            private Node ParseQuantifier(Node atom)
            {
                while (_i < _p.Length)
                {
                    char c = _p[_i];
                    int min, max;
                    if (c == '*') { min = 0; max = int.MaxValue; _i++; }
                    else if (c == '+') { min = 1; max = int.MaxValue; _i++; }
                    else if (c == '?') { min = 0; max = 1; _i++; }
                    else if (c == '{' && TryParseBraces(out min, out max)) { }
                    else break;
                    bool lazy = false;
                    if (_i < _p.Length && _p[_i] == '?') { lazy = true; _i++; }
                    atom = new RepeatNode(atom, min, max, lazy);
                }
                return atom;
            }

            private bool TryParseBraces(out int min, out int max)
            {
                min = max = 0;
                int j = _i + 1;
                int a = ReadInt(ref j);
                if (a < 0) return false;
                int b = a;
                if (j < _p.Length && _p[j] == ',')
                {
                    j++;
                    b = ReadInt(ref j);
                    if (b < 0) b = int.MaxValue;
                }
                if (j >= _p.Length || _p[j] != '}') return false;
                if (b < a) throw Error("Illegal {x,y} with x > y.");
                min = a; max = b;
                _i = j + 1;
                return true;
            }

            private int ReadInt(ref int j)
            {
                int start = j, v = 0;
                while (j < _p.Length && _p[j] >= '0' && _p[j] <= '9') v = v * 10 + (_p[j++] - '0');
                return j == start ? -1 : v;
            }

            private Node ParseAtom()
            {
                char c = _p[_i++];
                switch (c)
                {
                    case '.':
                        return (_opt & RegexOptions.Singleline) != 0 ? new SetNode(ch => true) : new SetNode(ch => ch != '\n');
                    case '^': return new AssertNode('^');
                    case '$': return new AssertNode('$');
                    case '[': return ParseClass();
                    case '(': return ParseGroup();
                    case '\\': return ParseEscape();
                    case '*': case '+': case '?': throw Error("Quantifier '" + c + "' following nothing.");
                    default: return new CharNode(c, IC);
                }
            }

            private Node ParseGroup()
            {
                if (_i < _p.Length && _p[_i] == '?')
                {
                    _i++;
                    char k = _i < _p.Length ? _p[_i] : '\0';
                    if (k == ':') { _i++; return Close(ParseAlt()); }
                    if (k == '=' || k == '!') { _i++; return new LookNode(Close(ParseAlt()), k == '!', false); }
                    if (k == '<' && _i + 1 < _p.Length && (_p[_i + 1] == '=' || _p[_i + 1] == '!'))
                    {
                        bool neg = _p[_i + 1] == '!';
                        _i += 2;
                        return new LookNode(Close(ParseAlt()), neg, true);
                    }
                    if (k == '>') { _i++; return Close(ParseAlt()); }
                    if (k == '<' || k == '\'')
                    {
                        char end = k == '<' ? '>' : '\'';
                        int close = _p.IndexOf(end, _i + 1);
                        if (close < 0) throw Error("Invalid group name.");
                        string name = _p.Substring(_i + 1, close - _i - 1);
                        _i = close + 1;
                        var ph = new GroupPlaceholder();
                        _named.Add((name, ph));
                        ph.Inner = Close(ParseAlt());
                        return ph;
                    }
                    // Inline options (?imsx-imsx) or (?imsx-imsx:...)
                    int start = _i;
                    bool on = true;
                    RegexOptions saved = _opt;
                    while (_i < _p.Length && _p[_i] != ')' && _p[_i] != ':')
                    {
                        char o = _p[_i++];
                        RegexOptions f = o == 'i' ? RegexOptions.IgnoreCase : o == 'm' ? RegexOptions.Multiline : o == 's' ? RegexOptions.Singleline : o == 'x' ? RegexOptions.IgnorePatternWhitespace : o == 'n' ? RegexOptions.ExplicitCapture : (RegexOptions)(-1);
                        if (o == '-') { on = false; continue; }
                        if ((int)f == -1) throw Error("Unrecognized grouping construct.");
                        _opt = on ? _opt | f : _opt & ~f;
                    }
                    if (_i >= _p.Length) throw Error("Not enough )'s.");
                    if (_p[_i] == ')') { _i++; return null; }
                    _i++;
                    Node inner = Close(ParseAlt());
                    _opt = saved;
                    return inner;
                }
                if ((_opt & RegexOptions.ExplicitCapture) != 0) return Close(ParseAlt());
                int n = GroupCount++;
                return new GroupNode(Close(ParseAlt()), n);
            }

            private Node Close(Node n)
            {
                if (_i >= _p.Length || _p[_i] != ')') throw Error("Not enough )'s.");
                _i++;
                return n;
            }

            internal static bool IsWordChar(char c)
            {
                if (char.IsLetterOrDigit(c) || c == '_') return true;
                UnicodeCategory cat = char.GetUnicodeCategory(c);
                return cat == UnicodeCategory.NonSpacingMark || cat == UnicodeCategory.ConnectorPunctuation || cat == UnicodeCategory.SpacingCombiningMark;
            }

            private Func<char, bool> ClassEscape(char e)
            {
                switch (e)
                {
                    case 'd': return ch => char.IsDigit(ch);
                    case 'D': return ch => !char.IsDigit(ch);
                    case 'w': return IsWordChar;
                    case 'W': return ch => !IsWordChar(ch);
                    case 's': return ch => char.IsWhiteSpace(ch);
                    case 'S': return ch => !char.IsWhiteSpace(ch);
                    case 'p':
                    case 'P':
                    {
                        if (_i >= _p.Length || _p[_i] != '{') throw Error("Incomplete \\p{X} character escape.");
                        int close = _p.IndexOf('}', _i);
                        string name = _p.Substring(_i + 1, close - _i - 1);
                        _i = close + 1;
                        Func<char, bool> t = Category(name);
                        return e == 'p' ? t : ch => !t(ch);
                    }
                }
                return null;
            }

            private Func<char, bool> Category(string name)
            {
                switch (name)
                {
                    case "L": return char.IsLetter;
                    case "Lu": return char.IsUpper;
                    case "Ll": return char.IsLower;
                    case "N": return char.IsNumber;
                    case "Nd": return char.IsDigit;
                    case "P": return char.IsPunctuation;
                    case "S": return char.IsSymbol;
                    case "Z": return char.IsSeparator;
                    case "Zs": return ch => char.GetUnicodeCategory(ch) == UnicodeCategory.SpaceSeparator;
                    case "C": return char.IsControl;
                    case "Cc": return char.IsControl;
                    case "IsBasicLatin": return ch => ch < 0x80;
                }
                throw Error("Unknown property '" + name + "'.");
            }

            private char EscapedChar(char e)
            {
                switch (e)
                {
                    case 't': return '\t';
                    case 'n': return '\n';
                    case 'r': return '\r';
                    case 'f': return '\f';
                    case 'v': return '\v';
                    case 'a': return '\a';
                    case 'e': return '\u001B';
                    case '0':
                    {
                        int v = 0, n = 0;
                        while (n < 2 && _i < _p.Length && _p[_i] >= '0' && _p[_i] <= '7') { v = v * 8 + (_p[_i++] - '0'); n++; }
                        return (char)v;
                    }
                    case 'x':
                    {
                        int v = int.Parse(_p.Substring(_i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        _i += 2;
                        return (char)v;
                    }
                    case 'u':
                    {
                        int v = int.Parse(_p.Substring(_i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        _i += 4;
                        return (char)v;
                    }
                    case 'c':
                        return (char)(char.ToUpperInvariant(_p[_i++]) - '@');
                }
                if (char.IsLetterOrDigit(e)) throw Error("Unrecognized escape sequence \\" + e + ".");
                return e;
            }

            private Node ParseEscape()
            {
                if (_i >= _p.Length) throw Error("Illegal \\\\ at end of pattern.");
                char e = _p[_i++];
                switch (e)
                {
                    case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': return new AssertNode(e);
                    case 'k':
                    {
                        char open = _p[_i];
                        char end = open == '<' ? '>' : '\'';
                        int close = _p.IndexOf(end, _i + 1);
                        string name = _p.Substring(_i + 1, close - _i - 1);
                        _i = close + 1;
                        var r = new NamedBackref(name, IC);
                        _namedRefs.Add(r);
                        return r;
                    }
                }
                if (e >= '1' && e <= '9')
                {
                    int n = e - '0';
                    while (_i < _p.Length && char.IsDigit(_p[_i]) && n * 10 + (_p[_i] - '0') < 100) n = n * 10 + (_p[_i++] - '0');
                    return new BackrefNode(n, IC);
                }
                Func<char, bool> cls = ClassEscape(e);
                if (cls != null) return new SetNode(cls);
                return new CharNode(EscapedChar(e), IC);
            }

            private Node ParseClass()
            {
                bool negate = false;
                if (_i < _p.Length && _p[_i] == '^') { negate = true; _i++; }
                var tests = new List<Func<char, bool>>();
                var ranges = new List<(char lo, char hi)>();
                bool first = true;
                Node subtract = null;
                while (true)
                {
                    if (_i >= _p.Length) throw Error("Unterminated [] set.");
                    char c = _p[_i++];
                    if (c == ']' && !first) break;
                    first = false;
                    if (c == '-' && _i < _p.Length && _p[_i] == '[') { _i++; subtract = ParseClass(); if (_p[_i] != ']') throw Error("A subtraction must be the last element in a character class."); _i++; break; }
                    char lo;
                    if (c == '\\')
                    {
                        char e = _p[_i++];
                        Func<char, bool> t = ClassEscape(e);
                        if (t != null) { tests.Add(t); continue; }
                        lo = e == 'b' ? '\b' : EscapedChar(e);
                    }
                    else lo = c;
                    char hi = lo;
                    if (_i + 1 < _p.Length && _p[_i] == '-' && _p[_i + 1] != ']')
                    {
                        _i++;
                        char h = _p[_i++];
                        if (h == '\\') { char e = _p[_i++]; h = e == 'b' ? '\b' : EscapedChar(e); }
                        if (h < lo) throw Error("[x-y] range in reverse order.");
                        hi = h;
                    }
                    ranges.Add((lo, hi));
                }
                bool ic = IC;
                var rs = ranges.ToArray();
                var ts = tests.ToArray();
                var sub = subtract as SetNode;
                Func<char, bool> inSet = ch =>
                {
                    foreach (var (lo, hi) in rs)
                    {
                        if (ch >= lo && ch <= hi) return true;
                        if (ic)
                        {
                            char l = char.ToLowerInvariant(ch), u = char.ToUpperInvariant(ch);
                            if ((l >= lo && l <= hi) || (u >= lo && u <= hi)) return true;
                        }
                    }
                    foreach (var t in ts) if (t(ch)) return true;
                    return false;
                };
                return new SetNode(ch => (inSet(ch) != negate) && (sub == null || !sub.MatchChar(null, ch)));
            }
        }

        private sealed class GroupPlaceholder : Node
        {
            internal Node Inner;
            internal int Number;
            private GroupNode _g;
            internal override bool M(State s, int pos, Func<int, bool> k) => (_g ??= new GroupNode(Inner, Number)).M(s, pos, k);
        }

        private sealed class NamedBackref : Node
        {
            internal readonly string Name;
            internal int Number;
            private readonly bool _ic;
            internal NamedBackref(string name, bool ic) { Name = name; _ic = ic; }
            internal override bool M(State s, int pos, Func<int, bool> k) => new BackrefNode(Number, _ic).M(s, pos, k);
        }
    }

    public class Capture
    {
        internal readonly string _text;
        internal Capture(string text, int index, int length) { _text = text; Index = index; Length = length; }
        public int Index { get; }
        public int Length { get; }
        public string Value => _text.Substring(Index, Length);
        public ReadOnlySpan<char> ValueSpan => _text.AsSpan(Index, Length);
        public override string ToString() => Value;
    }

    public class Group : Capture
    {
        internal Group(string text, int index, int length, bool success, string name) : base(text, index, length)
        {
            Success = success;
            Name = name;
        }

        public bool Success { get; }
        public string Name { get; }
        public CaptureCollection Captures => new CaptureCollection(Success ? new Capture[] { this } : new Capture[0]);
    }

    public class Match : Group
    {
        private readonly Regex _regex;
        private readonly Group[] _groups;
        private readonly Dictionary<string, int> _names;
        private GroupCollection _groupCollection;

        private static readonly Match s_empty = new Match(null, "", new[] { new Group("", 0, 0, false, "0") }, new Dictionary<string, int>());
        public static Match Empty => s_empty;

        internal Match(Regex regex, string text, Group[] groups, Dictionary<string, int> names)
            : base(text, groups[0].Index, groups[0].Length, groups[0].Success, "0")
        {
            _regex = regex;
            _groups = groups;
            _names = names;
        }

        public virtual GroupCollection Groups => _groupCollection ??= new GroupCollection(_groups, _names);

        public Match NextMatch()
        {
            if (_regex == null || !Success) return this;
            int next = Index + Length;
            if (Length == 0)
            {
                if (next >= _text.Length) return Empty;
                next++;
            }
            return _regex.Run(_text, next, Index + Length);
        }

        // Substitutions: $n, ${name}, $0/$&, $$, $`, $', $+, $_.
        public virtual string Result(string replacement)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            var sb = new StringBuilder();
            for (int i = 0; i < replacement.Length; i++)
            {
                char c = replacement[i];
                if (c != '$' || i + 1 >= replacement.Length) { sb.Append(c); continue; }
                char n = replacement[i + 1];
                if (n == '$') { sb.Append('$'); i++; }
                else if (n == '&') { sb.Append(Value); i++; }
                else if (n == '`') { sb.Append(_text, 0, Index); i++; }
                else if (n == '\'') { sb.Append(_text, Index + Length, _text.Length - Index - Length); i++; }
                else if (n == '_') { sb.Append(_text); i++; }
                else if (n == '+') { sb.Append(_groups[_groups.Length - 1].Value); i++; }
                else if (n == '{')
                {
                    int close = replacement.IndexOf('}', i + 2);
                    string name = close < 0 ? null : replacement.Substring(i + 2, close - i - 2);
                    if (name != null && _names.TryGetValue(name, out int g)) { sb.Append(_groups[g].Value); i = close; }
                    else sb.Append(c);
                }
                else if (char.IsDigit(n))
                {
                    int j = i + 1, g = 0, best = -1, bestEnd = i;
                    while (j < replacement.Length && char.IsDigit(replacement[j]))
                    {
                        g = g * 10 + (replacement[j] - '0');
                        j++;
                        if (g < _groups.Length) { best = g; bestEnd = j - 1; }
                    }
                    if (best >= 0) { sb.Append(_groups[best].Value); i = bestEnd; }
                    else sb.Append(c);
                }
                else sb.Append(c);
            }
            return sb.ToString();
        }
    }

    public class GroupCollection : IEnumerable<Group>, IReadOnlyList<Group>, IEnumerable<KeyValuePair<string, Group>>
    {
        private readonly Group[] _groups;
        private readonly Dictionary<string, int> _names;
        internal GroupCollection(Group[] groups, Dictionary<string, int> names) { _groups = groups; _names = names; }
        public int Count => _groups.Length;
        public Group this[int groupnum] => groupnum >= 0 && groupnum < _groups.Length ? _groups[groupnum] : new Group("", 0, 0, false, "");
        public Group this[string groupname] => groupname != null && _names.TryGetValue(groupname, out int n) && n < _groups.Length ? _groups[n] : new Group("", 0, 0, false, "");
        public IEnumerable<string> Keys { get { foreach (Group g in _groups) yield return g.Name; } }
        public IEnumerable<Group> Values => _groups;
        public bool ContainsKey(string key) => _names.ContainsKey(key);
        public bool TryGetValue(string key, out Group value)
        {
            if (_names.TryGetValue(key, out int n)) { value = _groups[n]; return true; }
            value = null;
            return false;
        }
        public IEnumerator<Group> GetEnumerator() => ((IEnumerable<Group>)_groups).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _groups.GetEnumerator();
        IEnumerator<KeyValuePair<string, Group>> IEnumerable<KeyValuePair<string, Group>>.GetEnumerator()
        {
            foreach (Group g in _groups) yield return new KeyValuePair<string, Group>(g.Name, g);
        }
    }

    public class CaptureCollection : IReadOnlyList<Capture>
    {
        private readonly Capture[] _c;
        internal CaptureCollection(Capture[] c) { _c = c; }
        public int Count => _c.Length;
        public Capture this[int i] => _c[i];
        public IEnumerator<Capture> GetEnumerator() => ((IEnumerable<Capture>)_c).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _c.GetEnumerator();
    }

    public class MatchCollection : IReadOnlyList<Match>, ICollection
    {
        private readonly List<Match> _matches = new List<Match>();

        internal MatchCollection(Regex regex, string input, int startat)
        {
            Match m = regex.Run(input, startat, -1);
            while (m.Success)
            {
                _matches.Add(m);
                m = m.NextMatch();
            }
        }

        public int Count => _matches.Count;
        public Match this[int i] => _matches[i];
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;
        public bool IsReadOnly => true;
        public void CopyTo(Match[] array, int arrayIndex) => _matches.CopyTo(array, arrayIndex);
        void ICollection.CopyTo(Array array, int index) { foreach (Match m in _matches) array.SetValue(m, index++); }
        public IEnumerator<Match> GetEnumerator() => _matches.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _matches.GetEnumerator();
    }
}
