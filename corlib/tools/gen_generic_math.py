#!/usr/bin/env python3
"""Generates corlib/System/Numerics/GenericMath.g.cs: the generic-math interface
implementations (System.Numerics) of the primitive number types. Run from the repository root."""

TYPES = [
    # keyword, struct, kind (s: signed int, u: unsigned int, c: char, f: binary float, d: decimal), bits
    ("sbyte", "SByte", "s", 8), ("byte", "Byte", "u", 8), ("short", "Int16", "s", 16), ("ushort", "UInt16", "u", 16),
    ("int", "Int32", "s", 32), ("uint", "UInt32", "u", 32), ("long", "Int64", "s", 64), ("ulong", "UInt64", "u", 64),
    ("char", "Char", "c", 16), ("float", "Single", "f", 32), ("double", "Double", "f", 64), ("decimal", "Decimal", "d", 128),
]

out = []
w = out.append


def gen(t, name, kind, bits):
    integer = kind in "suc"
    small = integer and bits < 32
    signed = kind in "sfd"
    math = "MathF" if t == "float" else "Math"
    c = (lambda e: "(%s)(%s)" % (t, e)) if small else (lambda e: e)
    ck = (lambda e: "checked((%s)(%s))" % (t, e)) if small else (lambda e: "checked(%s)" % e)
    ifaces = []
    if integer:
        ifaces.append("IBinaryInteger<%s>" % t)
    elif kind == "f":
        ifaces.append("IBinaryFloatingPointIeee754<%s>" % t)
    else:
        ifaces.append("IFloatingPoint<%s>" % t)
    ifaces.append("IMinMaxValue<%s>" % t)
    ifaces.append("ISignedNumber<%s>" % t if signed else "IUnsignedNumber<%s>" % t)
    w("    public readonly partial struct %s : %s" % (name, ", ".join(ifaces)))
    w("    {")
    I = lambda iface: iface.replace("T", t) if False else iface
    T = t
    def m(sig, body):
        w("        %s => %s;" % (sig, body))
    # operators
    ops = [("+", "IAdditionOperators<{0}, {0}, {0}>", True), ("-", "ISubtractionOperators<{0}, {0}, {0}>", True),
           ("*", "IMultiplyOperators<{0}, {0}, {0}>", True), ("/", "IDivisionOperators<{0}, {0}, {0}>", True),
           ("%", "IModulusOperators<{0}, {0}, {0}>", False)]
    for op, iface, has_checked in ops:
        ifc = iface.format(T)
        m("static %s %s.operator %s(%s left, %s right)" % (T, ifc, op, T, T), c("left %s right" % op))
        if has_checked and kind != "d":
            m("static %s %s.operator checked %s(%s left, %s right)" % (T, ifc, op, T, T), ck("left %s right" % op))
    neg = "0 - value" if kind in "uc" else "-value"
    m("static %s IUnaryNegationOperators<%s, %s>.operator -(%s value)" % (T, T, T, T), c(neg))
    if kind != "d":
        m("static %s IUnaryNegationOperators<%s, %s>.operator checked -(%s value)" % (T, T, T, T), ck(neg))
    m("static %s IUnaryPlusOperators<%s, %s>.operator +(%s value)" % (T, T, T, T), c("+value"))
    m("static %s IIncrementOperators<%s>.operator ++(%s value)" % (T, T, T), c("value + 1"))
    m("static %s IDecrementOperators<%s>.operator --(%s value)" % (T, T, T), c("value - 1"))
    if kind != "d":
        m("static %s IIncrementOperators<%s>.operator checked ++(%s value)" % (T, T, T), ck("value + 1"))
        m("static %s IDecrementOperators<%s>.operator checked --(%s value)" % (T, T, T), ck("value - 1"))
    for op in ("==", "!="):
        m("static bool IEqualityOperators<%s, %s, bool>.operator %s(%s left, %s right)" % (T, T, op, T, T), "left %s right" % op)
    for op in ("<", ">", "<=", ">="):
        m("static bool IComparisonOperators<%s, %s, bool>.operator %s(%s left, %s right)" % (T, T, op, T, T), "left %s right" % op)
    if integer or kind == "f":
        bw = "IBitwiseOperators<%s, %s, %s>" % (T, T, T)
        if integer:
            for op in ("&", "|", "^"):
                m("static %s %s.operator %s(%s left, %s right)" % (T, bw, op, T, T), c("left %s right" % op))
            m("static %s %s.operator ~(%s value)" % (T, bw, T), c("~value"))
        else:
            conv = "BitConverter.SingleToInt32Bits" if T == "float" else "BitConverter.DoubleToInt64Bits"
            back = "BitConverter.Int32BitsToSingle" if T == "float" else "BitConverter.Int64BitsToDouble"
            for op in ("&", "|", "^"):
                m("static %s %s.operator %s(%s left, %s right)" % (T, bw, op, T, T), "%s(%s(left) %s %s(right))" % (back, conv, op, conv))
            m("static %s %s.operator ~(%s value)" % (T, bw, T), "%s(~%s(value))" % (back, conv))
    if integer:
        sh = "IShiftOperators<%s, int, %s>" % (T, T)
        mask = " & %d" % (bits - 1) if small else ""
        uns = {"sbyte": "byte", "short": "ushort", "int": "uint", "long": "ulong"}.get(T, T)
        if kind == "c":
            uns = "ushort"
        m("static %s %s.operator <<(%s value, int shiftAmount)" % (T, sh, T), c("value << (shiftAmount%s)" % mask))
        m("static %s %s.operator >>(%s value, int shiftAmount)" % (T, sh, T), c("value >> (shiftAmount%s)" % mask))
        m("static %s %s.operator >>>(%s value, int shiftAmount)" % (T, sh, T), "(%s)((%s)value >>> (shiftAmount%s))" % (T, uns, mask))
    # identities and constants
    one, zero = ("(char)1", "(char)0") if kind == "c" else ("1", "0") if kind != "d" else ("1m", "0m")
    if kind == "f":
        one, zero = ("1", "0")
    m("static %s IAdditiveIdentity<%s, %s>.AdditiveIdentity" % (T, T, T), zero)
    m("static %s IMultiplicativeIdentity<%s, %s>.MultiplicativeIdentity" % (T, T, T), one)
    m("static %s IMinMaxValue<%s>.MinValue" % (T, T), "MinValue")
    m("static %s IMinMaxValue<%s>.MaxValue" % (T, T), "MaxValue")
    NB = "INumberBase<%s>" % T
    m("static %s %s.One" % (T, NB), one)
    m("static %s %s.Zero" % (T, NB), zero)
    m("static int %s.Radix" % NB, "10" if kind == "d" else "2")
    if signed:
        m("static %s ISignedNumber<%s>.NegativeOne" % (T, T), "-1" if kind != "d" else "-1m")
    # classification
    v = "value"
    if integer:
        cls = dict(IsCanonical="true", IsComplexNumber="false", IsEvenInteger="(value & 1) == 0", IsFinite="true",
                   IsImaginaryNumber="false", IsInfinity="false", IsInteger="true", IsNaN="false",
                   IsNegative="value < 0" if kind == "s" else "false", IsNegativeInfinity="false", IsNormal="value != 0",
                   IsOddInteger="(value & 1) != 0", IsPositive="value >= 0" if kind == "s" else "true",
                   IsPositiveInfinity="false", IsRealNumber="true", IsSubnormal="false", IsZero="value == 0")
    elif kind == "f":
        cls = dict(IsCanonical="true", IsComplexNumber="false", IsEvenInteger="IsEvenInteger(value)", IsFinite="IsFinite(value)",
                   IsImaginaryNumber="false", IsInfinity="IsInfinity(value)", IsInteger="IsInteger(value)", IsNaN="IsNaN(value)",
                   IsNegative="IsNegative(value)", IsNegativeInfinity="IsNegativeInfinity(value)", IsNormal="IsNormal(value)",
                   IsOddInteger="IsOddInteger(value)", IsPositive="IsPositive(value)",
                   IsPositiveInfinity="IsPositiveInfinity(value)", IsRealNumber="IsRealNumber(value)",
                   IsSubnormal="IsSubnormal(value)", IsZero="value == 0")
    else:
        cls = dict(IsCanonical="true", IsComplexNumber="false", IsEvenInteger="decimal.Truncate(value) == value && decimal.Remainder(value, 2m) == 0m",
                   IsFinite="true", IsImaginaryNumber="false", IsInfinity="false", IsInteger="decimal.Truncate(value) == value", IsNaN="false",
                   IsNegative="decimal.IsNegative(value)", IsNegativeInfinity="false", IsNormal="value != 0m",
                   IsOddInteger="decimal.Truncate(value) == value && decimal.Remainder(value, 2m) != 0m", IsPositive="!decimal.IsNegative(value)",
                   IsPositiveInfinity="false", IsRealNumber="true", IsSubnormal="false", IsZero="value == 0m")
    for k, b in cls.items():
        m("static bool %s.%s(%s value)" % (NB, k, T), b)
    # Abs and magnitudes
    if kind == "s":
        m("static %s %s.Abs(%s value)" % (T, NB, T), "Math.Abs(value)")
        w("        private static %s MaxMag(%s x, %s y)" % (T, T, T))
        w("        {")
        w("            if (x == MinValue) return x;")
        w("            if (y == MinValue) return y;")
        w("            %s ax = x < 0 ? (%s)(-x) : x, ay = y < 0 ? (%s)(-y) : y;" % (T, T, T))
        w("            if (ax > ay) return x;")
        w("            if (ax == ay) return x < 0 ? y : x;")
        w("            return y;")
        w("        }")
        w("        private static %s MinMag(%s x, %s y)" % (T, T, T))
        w("        {")
        w("            if (x == MinValue) return y == MinValue ? x : y;")
        w("            if (y == MinValue) return x;")
        w("            %s ax = x < 0 ? (%s)(-x) : x, ay = y < 0 ? (%s)(-y) : y;" % (T, T, T))
        w("            if (ax < ay) return x;")
        w("            if (ax == ay) return x < 0 ? x : y;")
        w("            return y;")
        w("        }")
        for k in ("MaxMagnitude", "MaxMagnitudeNumber"):
            m("static %s %s.%s(%s x, %s y)" % (T, NB, k, T, T), "MaxMag(x, y)")
        for k in ("MinMagnitude", "MinMagnitudeNumber"):
            m("static %s %s.%s(%s x, %s y)" % (T, NB, k, T, T), "MinMag(x, y)")
    elif kind in "uc":
        m("static %s %s.Abs(%s value)" % (T, NB, T), "value")
        for k in ("MaxMagnitude", "MaxMagnitudeNumber"):
            m("static %s %s.%s(%s x, %s y)" % (T, NB, k, T, T), "x >= y ? x : y")
        for k in ("MinMagnitude", "MinMagnitudeNumber"):
            m("static %s %s.%s(%s x, %s y)" % (T, NB, k, T, T), "x <= y ? x : y")
    elif kind == "f":
        m("static %s %s.Abs(%s value)" % (T, NB, T), "Math.Abs(value)")
        w("        static %s %s.MaxMagnitude(%s x, %s y)" % (T, NB, T, T))
        w("        {")
        w("            %s ax = Math.Abs(x), ay = Math.Abs(y);" % T)
        w("            if (ax > ay || IsNaN(ax)) return x;")
        w("            if (ax == ay) return IsNegative(x) ? y : x;")
        w("            return y;")
        w("        }")
        w("        static %s %s.MaxMagnitudeNumber(%s x, %s y)" % (T, NB, T, T))
        w("        {")
        w("            %s ax = Math.Abs(x), ay = Math.Abs(y);" % T)
        w("            if (ax > ay || IsNaN(ay)) return x;")
        w("            if (ax == ay) return IsNegative(x) ? y : x;")
        w("            return y;")
        w("        }")
        w("        static %s %s.MinMagnitude(%s x, %s y)" % (T, NB, T, T))
        w("        {")
        w("            %s ax = Math.Abs(x), ay = Math.Abs(y);" % T)
        w("            if (ax < ay || IsNaN(ax)) return x;")
        w("            if (ax == ay) return IsNegative(x) ? x : y;")
        w("            return y;")
        w("        }")
        w("        static %s %s.MinMagnitudeNumber(%s x, %s y)" % (T, NB, T, T))
        w("        {")
        w("            %s ax = Math.Abs(x), ay = Math.Abs(y);" % T)
        w("            if (ax < ay || IsNaN(ay)) return x;")
        w("            if (ax == ay) return IsNegative(x) ? x : y;")
        w("            return y;")
        w("        }")
    else:
        m("static %s %s.Abs(%s value)" % (T, NB, T), "Math.Abs(value)")
        for k, cmp in (("MaxMagnitude", ">"), ("MaxMagnitudeNumber", ">")):
            m("static %s %s.%s(%s x, %s y)" % (T, NB, k, T, T), "Math.Abs(x) > Math.Abs(y) ? x : Math.Abs(x) == Math.Abs(y) ? (decimal.IsNegative(x) ? y : x) : y")
        for k in ("MinMagnitude", "MinMagnitudeNumber"):
            m("static %s %s.%s(%s x, %s y)" % (T, NB, k, T, T), "Math.Abs(x) < Math.Abs(y) ? x : Math.Abs(x) == Math.Abs(y) ? (decimal.IsNegative(x) ? x : y) : y")
    # INumber
    N = "INumber<%s>" % T
    if kind == "c":
        w("        static char %s.Clamp(char value, char min, char max)" % N)
        w("        {")
        w("            if (min > max) throw new ArgumentException(\"'\" + min + \"' cannot be greater than \" + max + \".\");")
        w("            return value < min ? min : value > max ? max : value;")
        w("        }")
    elif kind == "f":
        m("static %s %s.Clamp(%s value, %s min, %s max)" % (T, N, T, T, T), "Clamp(value, min, max)")
    else:
        m("static %s %s.Clamp(%s value, %s min, %s max)" % (T, N, T, T, T), "Math.Clamp(value, min, max)")
    if kind in "uc":
        m("static %s %s.CopySign(%s value, %s sign)" % (T, N, T, T), "value")
        m("static int %s.Sign(%s value)" % (N, T), "value == 0 ? 0 : 1")
    elif kind == "s":
        m("static %s %s.CopySign(%s value, %s sign)" % (T, N, T, T), "sign < 0 ? (value < 0 ? value : %s) : (value < 0 ? %s : value)" % (ck("-value"), ck("-value")))
        m("static int %s.Sign(%s value)" % (N, T), "value < 0 ? -1 : value > 0 ? 1 : 0")
    elif kind == "f":
        m("static %s %s.CopySign(%s value, %s sign)" % (T, N, T, T), "%s.CopySign(value, sign)" % math)
        m("static int %s.Sign(%s value)" % (N, T), "Math.Sign(value)")
    else:
        m("static %s %s.CopySign(%s value, %s sign)" % (T, N, T, T), "decimal.IsNegative(value) == decimal.IsNegative(sign) ? value : -value")
        m("static int %s.Sign(%s value)" % (N, T), "Math.Sign(value)")
    if kind == "f":
        m("static %s %s.Max(%s x, %s y)" % (T, N, T, T), "Math.Max(x, y)")
        m("static %s %s.Min(%s x, %s y)" % (T, N, T, T), "Math.Min(x, y)")
        m("static %s %s.MaxNumber(%s x, %s y)" % (T, N, T, T), "x != y ? (IsNaN(y) ? x : IsNaN(x) ? y : x > y ? x : y) : (IsNegative(y) ? x : y)")
        m("static %s %s.MinNumber(%s x, %s y)" % (T, N, T, T), "x != y ? (IsNaN(y) ? x : IsNaN(x) ? y : x < y ? x : y) : (IsNegative(x) ? x : y)")
    else:
        for k in ("Max", "MaxNumber"):
            m("static %s %s.%s(%s x, %s y)" % (T, N, k, T, T), "x >= y ? x : y")
        for k in ("Min", "MinNumber"):
            m("static %s %s.%s(%s x, %s y)" % (T, N, k, T, T), "x <= y ? x : y")
    # binary number / integer
    if integer:
        BN, BI = "IBinaryNumber<%s>" % T, "IBinaryInteger<%s>" % T
        if kind == "c":
            m("static char %s.AllBitsSet" % BN, "(char)0xFFFF")
            for k in ("IsPow2",):
                m("static bool %s.%s(char value)" % (BN, k), "ushort.IsPow2(value)")
            m("static char %s.Log2(char value)" % BN, "(char)ushort.Log2(value)")
            for k in ("LeadingZeroCount", "PopCount", "TrailingZeroCount"):
                m("static char %s.%s(char value)" % (BI, k), "(char)ushort.%s(value)" % k)
            m("static char %s.RotateLeft(char value, int rotateAmount)" % BI, "(char)ushort.RotateLeft(value, rotateAmount)")
            m("static char %s.RotateRight(char value, int rotateAmount)" % BI, "(char)ushort.RotateRight(value, rotateAmount)")
            m("static (char Quotient, char Remainder) %s.DivRem(char left, char right)" % BI, "((char)(left / right), (char)(left % right))")
        else:
            m("static %s %s.AllBitsSet" % (T, BN), "unchecked((%s)(-1))" % T if kind == "s" else "MaxValue")
            m("static bool %s.IsPow2(%s value)" % (BN, T), "IsPow2(value)")
            m("static %s %s.Log2(%s value)" % (T, BN, T), "Log2(value)")
            for k in ("LeadingZeroCount", "PopCount", "TrailingZeroCount"):
                m("static %s %s.%s(%s value)" % (T, BI, k, T), "%s(value)" % k)
            m("static %s %s.RotateLeft(%s value, int rotateAmount)" % (T, BI, T), "RotateLeft(value, rotateAmount)")
            m("static %s %s.RotateRight(%s value, int rotateAmount)" % (T, BI, T), "RotateRight(value, rotateAmount)")
            m("static (%s Quotient, %s Remainder) %s.DivRem(%s left, %s right)" % (T, T, BI, T, T), "DivRem(left, right)")
        m("int %s.GetByteCount()" % BI, str(bits // 8))
        if kind == "s":
            m("int %s.GetShortestBitLength()" % BI, "m_value >= 0 ? 64 - BitOperations.LeadingZeroCount((ulong)m_value) : 65 - BitOperations.LeadingZeroCount((ulong)~(long)m_value)")
        else:
            m("int %s.GetShortestBitLength()" % BI, "64 - BitOperations.LeadingZeroCount((ulong)m_value)")
    # floating point
    if kind == "f":
        BN = "IBinaryNumber<%s>" % T
        m("static %s %s.AllBitsSet" % (T, BN), "BitConverter.Int32BitsToSingle(-1)" if T == "float" else "BitConverter.Int64BitsToDouble(-1)")
        m("static bool %s.IsPow2(%s value)" % (BN, T), "IsPow2(value)")
        m("static %s %s.Log2(%s value)" % (T, BN, T), "%s.Log2(value)" % math)
        FC = "IFloatingPointConstants<%s>" % T
        m("static %s %s.E" % (T, FC), "E")
        m("static %s %s.Pi" % (T, FC), "Pi")
        m("static %s %s.Tau" % (T, FC), "Tau")
        FP = "IFloatingPoint<%s>" % T
        m("static %s %s.Ceiling(%s x)" % (T, FP, T), "%s.Ceiling(x)" % math)
        m("static %s %s.Floor(%s x)" % (T, FP, T), "%s.Floor(x)" % math)
        m("static %s %s.Round(%s x)" % (T, FP, T), "%s.Round(x)" % math)
        m("static %s %s.Round(%s x, int digits)" % (T, FP, T), "%s.Round(x, digits)" % math)
        m("static %s %s.Round(%s x, MidpointRounding mode)" % (T, FP, T), "%s.Round(x, mode)" % math)
        m("static %s %s.Round(%s x, int digits, MidpointRounding mode)" % (T, FP, T), "%s.Round(x, digits, mode)" % math)
        m("static %s %s.Truncate(%s x)" % (T, FP, T), "%s.Truncate(x)" % math)
        F = "IFloatingPointIeee754<%s>" % T
        m("static %s %s.Epsilon" % (T, F), "Epsilon")
        m("static %s %s.NaN" % (T, F), "NaN")
        m("static %s %s.NegativeInfinity" % (T, F), "NegativeInfinity")
        m("static %s %s.NegativeZero" % (T, F), "-(%s)0" % T)
        m("static %s %s.PositiveInfinity" % (T, F), "PositiveInfinity")
        m("static %s %s.Atan2(%s y, %s x)" % (T, F, T, T), "%s.Atan2(y, x)" % math)
        m("static %s %s.Atan2Pi(%s y, %s x)" % (T, F, T, T), "%s.Atan2(y, x) / Pi" % math)
        m("static %s %s.BitDecrement(%s x)" % (T, F, T), "%s.BitDecrement(x)" % math)
        m("static %s %s.BitIncrement(%s x)" % (T, F, T), "%s.BitIncrement(x)" % math)
        m("static %s %s.FusedMultiplyAdd(%s left, %s right, %s addend)" % (T, F, T, T, T), "%s.FusedMultiplyAdd(left, right, addend)" % math)
        m("static %s %s.Ieee754Remainder(%s left, %s right)" % (T, F, T, T), "%s.IEEERemainder(left, right)" % math)
        m("static int %s.ILogB(%s x)" % (F, T), "Math.ILogB(x)")
        m("static %s %s.ScaleB(%s x, int n)" % (T, F, T), "%s.ScaleB(x, n)" % math)
        for fn in ("Exp", "Sqrt", "Cbrt", "Log10", "Log2", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan",
                   "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh"):
            iface = {"Exp": "IExponentialFunctions", "Sqrt": "IRootFunctions", "Cbrt": "IRootFunctions",
                     "Log10": "ILogarithmicFunctions", "Log2": "ILogarithmicFunctions"}.get(fn)
            if iface is None:
                iface = "IHyperbolicFunctions" if fn.endswith("h") else "ITrigonometricFunctions"
            m("static %s %s<%s>.%s(%s x)" % (T, iface, T, fn, T), "%s.%s(x)" % (math, fn))
        m("static %s IExponentialFunctions<%s>.Exp2(%s x)" % (T, T, T), "%s.Pow(2, x)" % math)
        m("static %s IExponentialFunctions<%s>.Exp10(%s x)" % (T, T, T), "%s.Pow(10, x)" % math)
        m("static %s ILogarithmicFunctions<%s>.Log(%s x)" % (T, T, T), "%s.Log(x)" % math)
        m("static %s ILogarithmicFunctions<%s>.Log(%s x, %s newBase)" % (T, T, T, T), "%s.Log(x, newBase)" % math)
        m("static %s IPowerFunctions<%s>.Pow(%s x, %s y)" % (T, T, T, T), "%s.Pow(x, y)" % math)
        m("static %s IRootFunctions<%s>.Hypot(%s x, %s y)" % (T, T, T, T), "GenericMath.Hypot(x, y)")
        m("static %s IRootFunctions<%s>.RootN(%s x, int n)" % (T, T, T), "GenericMath.RootN(x, n)")
        TR = "ITrigonometricFunctions<%s>" % T
        m("static %s %s.AcosPi(%s x)" % (T, TR, T), "%s.Acos(x) / Pi" % math)
        m("static %s %s.AsinPi(%s x)" % (T, TR, T), "%s.Asin(x) / Pi" % math)
        m("static %s %s.AtanPi(%s x)" % (T, TR, T), "%s.Atan(x) / Pi" % math)
        m("static %s %s.CosPi(%s x)" % (T, TR, T), "GenericMath.CosPi(x)")
        m("static %s %s.SinPi(%s x)" % (T, TR, T), "GenericMath.SinPi(x)")
        m("static %s %s.TanPi(%s x)" % (T, TR, T), "GenericMath.SinPi(x) / GenericMath.CosPi(x)")
        m("static (%s Sin, %s Cos) %s.SinCos(%s x)" % (T, T, TR, T), "(%s.Sin(x), %s.Cos(x))" % (math, math))
        m("static (%s SinPi, %s CosPi) %s.SinCosPi(%s x)" % (T, T, TR, T), "(GenericMath.SinPi(x), GenericMath.CosPi(x))")
    if kind == "d":
        FC = "IFloatingPointConstants<decimal>"
        m("static decimal %s.E" % FC, "2.7182818284590452353602874714m")
        m("static decimal %s.Pi" % FC, "3.1415926535897932384626433833m")
        m("static decimal %s.Tau" % FC, "6.2831853071795864769252867666m")
        FP = "IFloatingPoint<decimal>"
        m("static decimal %s.Ceiling(decimal x)" % FP, "Math.Ceiling(x)")
        m("static decimal %s.Floor(decimal x)" % FP, "Math.Floor(x)")
        m("static decimal %s.Round(decimal x)" % FP, "Math.Round(x)")
        m("static decimal %s.Round(decimal x, int digits)" % FP, "Math.Round(x, digits)")
        m("static decimal %s.Round(decimal x, MidpointRounding mode)" % FP, "Math.Round(x, mode)")
        m("static decimal %s.Round(decimal x, int digits, MidpointRounding mode)" % FP, "Math.Round(x, digits, mode)")
        m("static decimal %s.Truncate(decimal x)" % FP, "Math.Truncate(x)")
    # parsing
    if kind == "c":
        m("static char %s.Parse(string s, NumberStyles style, IFormatProvider provider)" % NB, "Parse(s)")
        m("static char %s.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider)" % NB, "s.Length == 1 ? s[0] : Parse(s.ToString())")
        m("static bool %s.TryParse(string s, NumberStyles style, IFormatProvider provider, out char result)" % NB, "TryParse(s, out result)")
        m("static bool %s.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out char result)" % NB, "TryParse(s.ToString(), out result)")
        m("static char IParsable<char>.Parse(string s, IFormatProvider provider)", "Parse(s)")
        m("static bool IParsable<char>.TryParse(string s, IFormatProvider provider, out char result)", "TryParse(s, out result)")
        m("static char ISpanParsable<char>.Parse(ReadOnlySpan<char> s, IFormatProvider provider)", "s.Length == 1 ? s[0] : Parse(s.ToString())")
        m("static bool ISpanParsable<char>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out char result)", "TryParse(s.ToString(), out result)")
    else:
        m("static %s %s.Parse(string s, NumberStyles style, IFormatProvider provider)" % (T, NB), "Parse(s, style, provider)")
        m("static %s %s.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider)" % (T, NB), "Parse(s.ToString(), style, provider)")
        m("static bool %s.TryParse(string s, NumberStyles style, IFormatProvider provider, out %s result)" % (NB, T), "TryParse(s, style, provider, out result)")
        m("static bool %s.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out %s result)" % (NB, T), "TryParse(s.ToString(), style, provider, out result)")
        m("static %s IParsable<%s>.Parse(string s, IFormatProvider provider)" % (T, T), "Parse(s, provider)")
        m("static bool IParsable<%s>.TryParse(string s, IFormatProvider provider, out %s result)" % (T, T), "TryParse(s, %s, provider, out result)" % ("NumberStyles.Number" if kind == "d" else "NumberStyles.Float | NumberStyles.AllowThousands" if kind == "f" else "NumberStyles.Integer"))
        m("static %s ISpanParsable<%s>.Parse(ReadOnlySpan<char> s, IFormatProvider provider)" % (T, T), "Parse(s.ToString(), provider)")
        m("static bool ISpanParsable<%s>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out %s result)" % (T, T), "TryParse(s.ToString(), %s, provider, out result)" % ("NumberStyles.Number" if kind == "d" else "NumberStyles.Float | NumberStyles.AllowThousands" if kind == "f" else "NumberStyles.Integer"))
    # conversions
    for mode, code in (("Checked", 0), ("Saturating", 1), ("Truncating", 2)):
        m("static bool %s.TryConvertFrom%s<TOther>(TOther value, out %s result)" % (NB, mode, T), "NumberConvert.TryConvert(value, %d, out result)" % code)
        m("static bool %s.TryConvertTo%s<TOther>(%s value, out TOther result)" % (NB, mode, T), "NumberConvert.TryConvert(value, %d, out result)" % code)
        w("        public static %s Create%s<TOther>(TOther value) where TOther : INumberBase<TOther>" % (T, mode))
        w("        {")
        w("            if (NumberConvert.TryConvert(value, %d, out %s result)) return result;" % (code, T))
        w("            if (!TOther.TryConvertTo%s(value, out result)) throw new NotSupportedException(\"Specified method is not supported.\");" % mode)
        w("            return result;")
        w("        }")
    w("    }")
    w("")


w("// <auto-generated> by corlib/tools/gen_generic_math.py; edit the generator, not this file.")
w("using System.Globalization;")
w("using System.Numerics;")
w("")
w("namespace System")
w("{")
for t in TYPES:
    gen(*t)
out[-1:] = []
w("}")
open("corlib/System/Numerics/GenericMath.g.cs", "w").write("\n".join(out) + "\n")
