// What an encoding does with what it cannot convert: the fallbacks (replace, or throw) and
// their buffers, which hand the replacement out one char at a time, as in .NET.
namespace System.Text
{
    public abstract class DecoderFallback
    {
        private static DecoderFallback s_replacement, s_exception;

        public static DecoderFallback ReplacementFallback => s_replacement ??= new DecoderReplacementFallback();
        public static DecoderFallback ExceptionFallback => s_exception ??= new DecoderExceptionFallback();

        public abstract DecoderFallbackBuffer CreateFallbackBuffer();
        public abstract int MaxCharCount { get; }
    }

    public abstract class DecoderFallbackBuffer
    {
        public abstract bool Fallback(byte[] bytesUnknown, int index);
        public abstract char GetNextChar();
        public abstract bool MovePrevious();
        public abstract int Remaining { get; }
        public virtual void Reset() { while (GetNextChar() != '\0') { } }
    }

    public sealed class DecoderReplacementFallback : DecoderFallback
    {
        public DecoderReplacementFallback() : this("?") { }

        public DecoderReplacementFallback(string replacement)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            EncoderReplacementFallback.CheckWellFormed(replacement);
            DefaultString = replacement;
        }

        public string DefaultString { get; }
        public override int MaxCharCount => DefaultString.Length;
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new DecoderReplacementFallbackBuffer(this);
        public override bool Equals(object value) => value is DecoderReplacementFallback that && DefaultString == that.DefaultString;
        public override int GetHashCode() => DefaultString.GetHashCode();
    }

    public sealed class DecoderReplacementFallbackBuffer : DecoderFallbackBuffer
    {
        private readonly string _replacement;
        private int _count = -1, _index = -1;

        public DecoderReplacementFallbackBuffer(DecoderReplacementFallback fallback) { _replacement = fallback.DefaultString; }

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            if (_count >= 1) throw new ArgumentException("Recursive fallback not allowed for bytes " + DecoderFallbackException.Show(bytesUnknown) + ".", "bytesUnknown");
            if (_replacement.Length == 0) return false;
            _count = _replacement.Length;
            _index = -1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_count <= 0) return '\0';
            _count--;
            return _replacement[++_index];
        }

        public override bool MovePrevious()
        {
            if (_index < 0) return false;
            _index--;
            _count++;
            return true;
        }

        public override int Remaining => _count < 0 ? 0 : _count;

        public override void Reset()
        {
            _count = -1;
            _index = -1;
        }
    }

    public sealed class DecoderExceptionFallback : DecoderFallback
    {
        public override DecoderFallbackBuffer CreateFallbackBuffer() => new DecoderExceptionFallbackBuffer();
        public override int MaxCharCount => 0;
        public override bool Equals(object value) => value is DecoderExceptionFallback;
        public override int GetHashCode() => 879;
    }

    public sealed class DecoderExceptionFallbackBuffer : DecoderFallbackBuffer
    {
        public override bool Fallback(byte[] bytesUnknown, int index) =>
            throw new DecoderFallbackException("Unable to translate bytes " + DecoderFallbackException.Show(bytesUnknown) + " at index " + index.ToString() + " from specified code page to Unicode.", bytesUnknown, index);
        public override char GetNextChar() => '\0';
        public override bool MovePrevious() => false;
        public override int Remaining => 0;
    }

    public sealed class DecoderFallbackException : ArgumentException
    {
        public DecoderFallbackException() : base("Value does not fall within the expected range.") { HResult = unchecked((int)0x80070057); }
        public DecoderFallbackException(string message) : base(message) { HResult = unchecked((int)0x80070057); }
        public DecoderFallbackException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); }

        public DecoderFallbackException(string message, byte[] bytesUnknown, int index) : base(message)
        {
            BytesUnknown = bytesUnknown;
            Index = index;
        }

        public byte[] BytesUnknown { get; }
        public int Index { get; }

        // "[C3] " style, at most 20 bytes, as .NET writes them in its messages.
        internal static string Show(byte[] bytes)
        {
            StringBuilder sb = new StringBuilder();
            int n = bytes == null ? 0 : Math.Min(bytes.Length, 20);
            for (int i = 0; i < n; i++) sb.Append('[').Append(bytes[i].ToString("X2")).Append(']').Append(i + 1 < n ? " " : "");
            if (bytes != null && bytes.Length > 20) sb.Append(" ...");
            return sb.ToString();
        }
    }

    public abstract class EncoderFallback
    {
        private static EncoderFallback s_replacement, s_exception;

        public static EncoderFallback ReplacementFallback => s_replacement ??= new EncoderReplacementFallback();
        public static EncoderFallback ExceptionFallback => s_exception ??= new EncoderExceptionFallback();

        public abstract EncoderFallbackBuffer CreateFallbackBuffer();
        public abstract int MaxCharCount { get; }
    }

    public abstract class EncoderFallbackBuffer
    {
        public abstract bool Fallback(char charUnknown, int index);
        public abstract bool Fallback(char charUnknownHigh, char charUnknownLow, int index);
        public abstract char GetNextChar();
        public abstract bool MovePrevious();
        public abstract int Remaining { get; }
        public virtual void Reset() { while (GetNextChar() != '\0') { } }
    }

    public sealed class EncoderReplacementFallback : EncoderFallback
    {
        public EncoderReplacementFallback() : this("?") { }

        public EncoderReplacementFallback(string replacement)
        {
            if (replacement == null) throw new ArgumentNullException("replacement");
            CheckWellFormed(replacement);
            DefaultString = replacement;
        }

        // A replacement may not contain a lone surrogate.
        internal static void CheckWellFormed(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
                if (char.IsSurrogate(s[i])) throw new ArgumentException("String contains invalid Unicode code points.", "replacement");
            }
        }

        public string DefaultString { get; }
        public override int MaxCharCount => DefaultString.Length;
        public override EncoderFallbackBuffer CreateFallbackBuffer() => new EncoderReplacementFallbackBuffer(this);
        public override bool Equals(object value) => value is EncoderReplacementFallback that && DefaultString == that.DefaultString;
        public override int GetHashCode() => DefaultString.GetHashCode();
    }

    public sealed class EncoderReplacementFallbackBuffer : EncoderFallbackBuffer
    {
        private readonly string _twice;     // the replacement twice: a surrogate pair gets both
        private int _count = -1, _index = -1;

        public EncoderReplacementFallbackBuffer(EncoderReplacementFallback fallback) { _twice = fallback.DefaultString + fallback.DefaultString; }

        public override bool Fallback(char charUnknown, int index)
        {
            if (_count >= 1) ThrowRecursive(charUnknown);
            _count = _twice.Length / 2;
            _index = -1;
            return _count != 0;
        }

        public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index)
        {
            if (!char.IsHighSurrogate(charUnknownHigh)) throw new ArgumentOutOfRangeException("charUnknownHigh", "Valid values are between 55296 and 56319, inclusive.");
            if (!char.IsLowSurrogate(charUnknownLow)) throw new ArgumentOutOfRangeException("charUnknownLow", "Valid values are between 56320 and 57343, inclusive.");
            if (_count >= 1) ThrowRecursive(charUnknownHigh);
            _count = _twice.Length;
            _index = -1;
            return _count != 0;
        }

        private void ThrowRecursive(char c)
        {
            _count = -1;
            throw new ArgumentException("Recursive fallback not allowed for character \\u" + ((int)c).ToString("X4") + ".", "chars");
        }

        public override char GetNextChar()
        {
            if (_count <= 0) return '\0';
            _count--;
            return _twice[++_index];
        }

        public override bool MovePrevious()
        {
            if (_index < 0) return false;
            _index--;
            _count++;
            return true;
        }

        public override int Remaining => _count < 0 ? 0 : _count;

        public override void Reset()
        {
            _count = -1;
            _index = -1;
        }
    }

    public sealed class EncoderExceptionFallback : EncoderFallback
    {
        public override EncoderFallbackBuffer CreateFallbackBuffer() => new EncoderExceptionFallbackBuffer();
        public override int MaxCharCount => 0;
        public override bool Equals(object value) => value is EncoderExceptionFallback;
        public override int GetHashCode() => 654;
    }

    public sealed class EncoderExceptionFallbackBuffer : EncoderFallbackBuffer
    {
        public override bool Fallback(char charUnknown, int index) =>
            throw new EncoderFallbackException("Unable to translate Unicode character \\u" + ((int)charUnknown).ToString("X4") + " at index " + index.ToString() + " to specified code page.", charUnknown, index);

        public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index)
        {
            if (!char.IsHighSurrogate(charUnknownHigh)) throw new ArgumentOutOfRangeException("charUnknownHigh", "Valid values are between 55296 and 56319, inclusive.");
            if (!char.IsLowSurrogate(charUnknownLow)) throw new ArgumentOutOfRangeException("charUnknownLow", "Valid values are between 56320 and 57343, inclusive.");
            int cp = char.ConvertToUtf32(charUnknownHigh, charUnknownLow);
            throw new EncoderFallbackException("Unable to translate Unicode character \\U" + cp.ToString("X8") + " at index " + index.ToString() + " to specified code page.", charUnknownHigh, charUnknownLow, index);
        }

        public override char GetNextChar() => '\0';
        public override bool MovePrevious() => false;
        public override int Remaining => 0;
    }

    public sealed class EncoderFallbackException : ArgumentException
    {
        public EncoderFallbackException() : base("Value does not fall within the expected range.") { HResult = unchecked((int)0x80070057); }
        public EncoderFallbackException(string message) : base(message) { HResult = unchecked((int)0x80070057); }
        public EncoderFallbackException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); }

        internal EncoderFallbackException(string message, char charUnknown, int index) : base(message)
        {
            CharUnknown = charUnknown;
            Index = index;
        }

        internal EncoderFallbackException(string message, char charUnknownHigh, char charUnknownLow, int index) : base(message)
        {
            CharUnknownHigh = charUnknownHigh;
            CharUnknownLow = charUnknownLow;
            Index = index;
        }

        public char CharUnknown { get; }
        public char CharUnknownHigh { get; }
        public char CharUnknownLow { get; }
        public int Index { get; }
        public bool IsUnknownSurrogate() => CharUnknownHigh != '\0';
    }
}
