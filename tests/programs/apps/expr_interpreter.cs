// A complete program: a tiny expression language — lexer (iterator over a span-free
// string), recursive-descent parser into records, a tree-walking evaluator with closures,
// and errors as custom exceptions caught with filters.
#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

enum TokenKind { Number, Ident, Str, Op, LParen, RParen, Comma, Let, In, Fn, If, Then, Else, Arrow, End }

readonly record struct Token(TokenKind Kind, string Text, int Pos)
{
    public override string ToString() => Kind is TokenKind.End ? "<end>" : $"{Kind}('{Text}')@{Pos}";
}

class ScriptException(string message, int pos) : Exception(message)
{
    public int Pos { get; } = pos;
}

sealed class SyntaxError(string message, int pos) : ScriptException(message, pos);
sealed class RuntimeError(string message, int pos) : ScriptException(message, pos);

abstract record Expr(int Pos);
sealed record Num(double Value, int Pos) : Expr(Pos);
sealed record Str(string Value, int Pos) : Expr(Pos);
sealed record Var(string Name, int Pos) : Expr(Pos);
sealed record Unary(string Op, Expr Operand, int Pos) : Expr(Pos);
sealed record Binary(string Op, Expr Left, Expr Right, int Pos) : Expr(Pos);
sealed record Let(string Name, Expr Value, Expr Body, int Pos) : Expr(Pos);
sealed record Lambda(IReadOnlyList<string> Params, Expr Body, int Pos) : Expr(Pos);
sealed record Call(Expr Callee, IReadOnlyList<Expr> Args, int Pos) : Expr(Pos);
sealed record Cond(Expr Test, Expr Then, Expr Else, int Pos) : Expr(Pos);

abstract record Value;
sealed record NumV(double N) : Value { public override string ToString() => N.ToString("G", CultureInfo.InvariantCulture); }
sealed record StrV(string S) : Value { public override string ToString() => "\"" + S + "\""; }
sealed record BoolV(bool B) : Value { public override string ToString() => B ? "true" : "false"; }
sealed record FnV(IReadOnlyList<string> Params, Expr Body, Env Closure) : Value
{
    public override string ToString() => $"<fn/{Params.Count}>";
}
sealed record BuiltinV(string Name, Func<Value[], int, Value> Impl) : Value
{
    public override string ToString() => $"<builtin {Name}>";
}

sealed class Env(Env? parent)
{
    private readonly Dictionary<string, Value> _vars = new();
    public Env Define(string name, Value v) { _vars[name] = v; return this; }
    public Value Lookup(string name, int pos) =>
        _vars.TryGetValue(name, out var v) ? v
        : parent?.Lookup(name, pos) ?? throw new RuntimeError($"unbound variable '{name}'", pos);
}

static class Lexer
{
    static readonly Dictionary<string, TokenKind> Keywords = new()
    {
        ["let"] = TokenKind.Let, ["in"] = TokenKind.In, ["fn"] = TokenKind.Fn,
        ["if"] = TokenKind.If, ["then"] = TokenKind.Then, ["else"] = TokenKind.Else,
    };

    public static IEnumerable<Token> Tokenize(string src)
    {
        int i = 0;
        while (true)
        {
            while (i < src.Length && char.IsWhiteSpace(src[i])) i++;
            if (i >= src.Length) { yield return new Token(TokenKind.End, "", i); yield break; }
            int start = i;
            char c = src[i];
            if (char.IsDigit(c) || (c == '.' && i + 1 < src.Length && char.IsDigit(src[i + 1])))
            {
                while (i < src.Length && (char.IsDigit(src[i]) || src[i] == '.')) i++;
                yield return new Token(TokenKind.Number, src[start..i], start);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < src.Length && (char.IsLetterOrDigit(src[i]) || src[i] == '_')) i++;
                string word = src.Substring(start, i - start);
                yield return new Token(Keywords.GetValueOrDefault(word, TokenKind.Ident), word, start);
            }
            else if (c == '"')
            {
                var sb = new StringBuilder();
                i++;
                while (i < src.Length && src[i] != '"')
                {
                    if (src[i] == '\\' && i + 1 < src.Length)
                    {
                        i++;
                        sb.Append(src[i] switch { 'n' => '\n', 't' => '\t', var other => other });
                    }
                    else sb.Append(src[i]);
                    i++;
                }
                if (i >= src.Length) throw new SyntaxError("unterminated string", start);
                i++;
                yield return new Token(TokenKind.Str, sb.ToString(), start);
            }
            else
            {
                string two = i + 1 < src.Length ? src.Substring(i, 2) : "";
                (TokenKind kind, int len) = two switch
                {
                    "=>" => (TokenKind.Arrow, 2),
                    "==" or "!=" or "<=" or ">=" or "&&" or "||" => (TokenKind.Op, 2),
                    _ => c switch
                    {
                        '(' => (TokenKind.LParen, 1),
                        ')' => (TokenKind.RParen, 1),
                        ',' => (TokenKind.Comma, 1),
                        '+' or '-' or '*' or '/' or '%' or '<' or '>' or '!' or '=' or '^' => (TokenKind.Op, 1),
                        _ => throw new SyntaxError($"unexpected character '{c}'", i),
                    },
                };
                i += len;
                yield return new Token(kind, src.Substring(start, len), start);
            }
        }
    }
}

sealed class Parser
{
    private readonly List<Token> _tokens;
    private int _at;
    public Parser(string src) => _tokens = Lexer.Tokenize(src).ToList();

    Token Peek => _tokens[_at];
    Token Next() => _tokens[_at++];
    Token Expect(TokenKind kind, string? text = null)
    {
        var t = Next();
        if (t.Kind != kind || (text is not null && t.Text != text))
            throw new SyntaxError($"expected {text ?? kind.ToString()} but found {t}", t.Pos);
        return t;
    }

    public Expr ParseProgram()
    {
        var e = ParseExpr();
        if (Peek.Kind != TokenKind.End) throw new SyntaxError($"trailing input {Peek}", Peek.Pos);
        return e;
    }

    Expr ParseExpr()
    {
        var t = Peek;
        switch (t.Kind)
        {
            case TokenKind.Let:
                Next();
                string name = Expect(TokenKind.Ident).Text;
                Expect(TokenKind.Op, "=");
                var value = ParseExpr();
                Expect(TokenKind.In);
                return new Let(name, value, ParseExpr(), t.Pos);
            case TokenKind.Fn:
                Next();
                Expect(TokenKind.LParen);
                var ps = new List<string>();
                if (Peek.Kind != TokenKind.RParen)
                    do ps.Add(Expect(TokenKind.Ident).Text);
                    while (Peek.Kind == TokenKind.Comma && Next().Kind == TokenKind.Comma);
                Expect(TokenKind.RParen);
                Expect(TokenKind.Arrow);
                return new Lambda(ps, ParseExpr(), t.Pos);
            case TokenKind.If:
                Next();
                var test = ParseExpr();
                Expect(TokenKind.Then);
                var then = ParseExpr();
                Expect(TokenKind.Else);
                return new Cond(test, then, ParseExpr(), t.Pos);
            default:
                return ParseBinary(0);
        }
    }

    static int Precedence(string op) => op switch
    {
        "||" => 1, "&&" => 2, "==" or "!=" => 3, "<" or ">" or "<=" or ">=" => 4,
        "+" or "-" => 5, "*" or "/" or "%" => 6, "^" => 7, _ => -1,
    };

    Expr ParseBinary(int minPrec)
    {
        var left = ParseUnary();
        while (Peek is { Kind: TokenKind.Op, Text: var op } && Precedence(op) is var p && p >= minPrec && p > 0)
        {
            var opTok = Next();
            // '^' is right-associative, the rest left-associative.
            var right = ParseBinary(op == "^" ? p : p + 1);
            left = new Binary(op, left, right, opTok.Pos);
        }
        return left;
    }

    Expr ParseUnary()
    {
        if (Peek is { Kind: TokenKind.Op, Text: "-" or "!" } t)
        {
            Next();
            return new Unary(t.Text, ParseUnary(), t.Pos);
        }
        return ParsePostfix();
    }

    Expr ParsePostfix()
    {
        var e = ParsePrimary();
        while (Peek.Kind == TokenKind.LParen)
        {
            var lp = Next();
            var args = new List<Expr>();
            if (Peek.Kind != TokenKind.RParen)
            {
                args.Add(ParseExpr());
                while (Peek.Kind == TokenKind.Comma) { Next(); args.Add(ParseExpr()); }
            }
            Expect(TokenKind.RParen);
            e = new Call(e, args, lp.Pos);
        }
        return e;
    }

    Expr ParsePrimary()
    {
        var t = Next();
        return t.Kind switch
        {
            TokenKind.Number => new Num(double.Parse(t.Text, CultureInfo.InvariantCulture), t.Pos),
            TokenKind.Str => new Str(t.Text, t.Pos),
            TokenKind.Ident => new Var(t.Text, t.Pos),
            TokenKind.LParen => ParseParenthesised(),
            _ => throw new SyntaxError($"unexpected {t}", t.Pos),
        };
    }

    Expr ParseParenthesised()
    {
        var e = ParseExpr();
        Expect(TokenKind.RParen);
        return e;
    }
}

static class Evaluator
{
    public static int Steps;

    public static Value Eval(Expr e, Env env)
    {
        if (++Steps > 3000) throw new RuntimeError("step limit exceeded", e.Pos);
        switch (e)
        {
            case Num n: return new NumV(n.Value);
            case Str s: return new StrV(s.Value);
            case Var v: return env.Lookup(v.Name, v.Pos);
            case Unary(var op, var operand, var pos):
                return (op, Eval(operand, env)) switch
                {
                    ("-", NumV(var x)) => new NumV(-x),
                    ("!", BoolV(var b)) => new BoolV(!b),
                    (_, var other) => throw new RuntimeError($"cannot apply {op} to {other}", pos),
                };
            case Binary { Op: "&&" } and: return Eval(and.Left, env) is BoolV { B: false } ? new BoolV(false) : Eval(and.Right, env);
            case Binary { Op: "||" } or: return Eval(or.Left, env) is BoolV { B: true } ? new BoolV(true) : Eval(or.Right, env);
            case Binary b: return Apply(b.Op, Eval(b.Left, env), Eval(b.Right, env), b.Pos);
            case Let l: return Eval(l.Body, new Env(env).Define(l.Name, Eval(l.Value, env)));
            case Lambda lam: return new FnV(lam.Params, lam.Body, env);
            case Cond c:
                return Eval(c.Test, env) switch
                {
                    BoolV { B: true } => Eval(c.Then, env),
                    BoolV => Eval(c.Else, env),
                    var other => throw new RuntimeError($"condition is not a bool: {other}", c.Pos),
                };
            case Call call:
                var callee = Eval(call.Callee, env);
                var args = call.Args.Select(a => Eval(a, env)).ToArray();
                return callee switch
                {
                    FnV f when f.Params.Count != args.Length =>
                        throw new RuntimeError($"expected {f.Params.Count} arguments, got {args.Length}", call.Pos),
                    FnV f => Eval(f.Body, f.Params.Zip(args).Aggregate(new Env(f.Closure), (en, pa) => en.Define(pa.First, pa.Second))),
                    BuiltinV bi => bi.Impl(args, call.Pos),
                    _ => throw new RuntimeError($"{callee} is not callable", call.Pos),
                };
            default:
                throw new InvalidOperationException("unknown node " + e.GetType().Name);
        }
    }

    static Value Apply(string op, Value l, Value r, int pos) => (op, l, r) switch
    {
        ("+", NumV a, NumV b) => new NumV(a.N + b.N),
        ("+", StrV a, var b) => new StrV(a.S + (b is StrV sb ? sb.S : b.ToString())),
        ("-", NumV a, NumV b) => new NumV(a.N - b.N),
        ("*", NumV a, NumV b) => new NumV(a.N * b.N),
        ("*", StrV a, NumV b) => new StrV(string.Concat(Enumerable.Repeat(a.S, (int)b.N))),
        ("/", NumV, NumV { N: 0 }) => throw new RuntimeError("division by zero", pos),
        ("/", NumV a, NumV b) => new NumV(a.N / b.N),
        ("%", NumV a, NumV b) => new NumV(a.N % b.N),
        ("^", NumV a, NumV b) => new NumV(Math.Pow(a.N, b.N)),
        ("<", NumV a, NumV b) => new BoolV(a.N < b.N),
        (">", NumV a, NumV b) => new BoolV(a.N > b.N),
        ("<=", NumV a, NumV b) => new BoolV(a.N <= b.N),
        (">=", NumV a, NumV b) => new BoolV(a.N >= b.N),
        ("==", _, _) => new BoolV(l.Equals(r)),
        ("!=", _, _) => new BoolV(!l.Equals(r)),
        _ => throw new RuntimeError($"type error: {l} {op} {r}", pos),
    };
}

static class Program
{
    static Env Globals()
    {
        var env = new Env(null);
        env.Define("true", new BoolV(true)).Define("false", new BoolV(false));
        env.Define("sqrt", new BuiltinV("sqrt", (a, p) => a is [NumV(var x)] ? new NumV(Math.Sqrt(x)) : throw new RuntimeError("sqrt(n)", p)));
        env.Define("len", new BuiltinV("len", (a, p) => a is [StrV(var s)] ? new NumV(s.Length) : throw new RuntimeError("len(s)", p)));
        env.Define("upper", new BuiltinV("upper", (a, p) => a is [StrV(var s)] ? new StrV(s.ToUpperInvariant()) : throw new RuntimeError("upper(s)", p)));
        env.Define("max", new BuiltinV("max", (a, p) => a switch
        {
            [] => throw new RuntimeError("max of nothing", p),
            [NumV first, .. var rest] => new NumV(rest.OfType<NumV>().Aggregate(first.N, (m, v) => Math.Max(m, v.N))),
            _ => throw new RuntimeError("max(n, ...)", p),
        }));
        return env;
    }

    static void Run(string src)
    {
        Evaluator.Steps = 0;
        try
        {
            var ast = new Parser(src).ParseProgram();
            var result = Evaluator.Eval(ast, Globals());
            Console.WriteLine($"{src,-58} => {result}");
        }
        catch (ScriptException ex) when (ex is SyntaxError)
        {
            Console.WriteLine($"{src,-58} !! syntax error at {ex.Pos}: {ex.Message}");
        }
        catch (ScriptException ex) when (ex.Pos >= 0)
        {
            Console.WriteLine($"{src,-58} !! runtime error at {ex.Pos}: {ex.Message} (after {Evaluator.Steps} steps)");
        }
    }

    static void Main()
    {
        string[] programs =
        [
            "1 + 2 * 3",
            "(1 + 2) * 3",
            "2 ^ 3 ^ 2",
            "-4 + 10 % 3",
            "1 / 3",
            "0.1 + 0.2",
            "let x = 5 in x * x",
            "let sq = fn(n) => n * n in sq(12)",
            "let add = fn(a, b) => a + b in add(\"n=\", add(40, 2))",
            "let fact = fn(f, n) => if n <= 1 then 1 else n * f(f, n - 1) in fact(fact, 10)",
            "let fib = fn(f, n) => if n < 2 then n else f(f, n-1) + f(f, n-2) in fib(fib, 15)",
            "let mk = fn(k) => fn(x) => x + k in let a = mk(10) in a(5)",
            "\"ab\" * 3",
            "upper(\"hello\") + \"!\"",
            "len(\"tab\\there\")",
            "max(3, 9, 2, 7.5)",
            "sqrt(2)",
            "1 < 2 && 2 < 3",
            "1 > 2 || !(3 == 4)",
            "\"a\" == \"a\"",
            "fn(x) => x",
            "1 / 0",
            "y + 1",
            "let f = fn(a) => a in f(1, 2)",
            "3(4)",
            "if 1 then 2 else 3",
            "\"unterminated",
            "1 + * 2",
            "let x = 1 x",
            "let loop = fn(f) => f(f) in loop(loop)",
            "1 # 2",
            "max()",
        ];
        foreach (var p in programs) Run(p);

        var tokens = Lexer.Tokenize("let z = fn(a) => a >= 2.5 in z(3)").ToList();
        Console.WriteLine(string.Join(" ", tokens));
        var byKind = tokens.GroupBy(t => t.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key);
        foreach (var g in byKind) Console.WriteLine($"  {g.Key,-8}|{g.Count(),3}");

        var ast1 = new Parser("let a = 1 in a + 2").ParseProgram();
        var ast2 = new Parser("let a = 1 in a + 2").ParseProgram();
        Console.WriteLine(ast1 is Let { Body: Binary { Op: "+", Right: Num { Value: 2 } } });
        Console.WriteLine($"records equal by value: {((Let)ast1).Name == ((Let)ast2).Name && ((Let)ast1).Value == ((Let)ast2).Value}");
        Console.WriteLine(((Let)ast1).Value);
        Console.WriteLine(new Token(TokenKind.Op, "+", 3) with { Pos = 7 });
    }
}
