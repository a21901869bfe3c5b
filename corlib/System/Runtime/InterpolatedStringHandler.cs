using System.Text;

namespace System.Runtime.CompilerServices
{
    // What the C# compiler uses for $"...": literals and formatted values appended in order.
    [InterpolatedStringHandler]
    public ref struct DefaultInterpolatedStringHandler
    {
        private StringBuilder _sb;
        private readonly IFormatProvider _provider;

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
        {
            _sb = new StringBuilder(literalLength + formattedCount * 11);
            _provider = null;
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider provider)
        {
            _sb = new StringBuilder(literalLength + formattedCount * 11);
            _provider = provider;
        }

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount, IFormatProvider provider, Span<char> initialBuffer)
            : this(literalLength, formattedCount, provider) { }

        internal ReadOnlySpan<char> Text => _sb.ToString();

        public override string ToString() => _sb.ToString();

        public string ToStringAndClear()
        {
            string s = _sb.ToString();
            _sb = new StringBuilder();
            return s;
        }

        public void Clear() => _sb.Clear();

        public void AppendLiteral(string value) => _sb.Append(value);

        public void AppendFormatted<T>(T value) => _sb.Append(FormatValue(value, null, _provider));
        public void AppendFormatted<T>(T value, string format) => _sb.Append(FormatValue(value, format, _provider));
        public void AppendFormatted<T>(T value, int alignment) => AppendAligned(FormatValue(value, null, _provider), alignment);
        public void AppendFormatted<T>(T value, int alignment, string format) => AppendAligned(FormatValue(value, format, _provider), alignment);
        public void AppendFormatted(ReadOnlySpan<char> value) => _sb.Append(value);
        public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string format = null) => AppendAligned(value.ToString(), alignment);
        public void AppendFormatted(string value) => _sb.Append(value);
        public void AppendFormatted(string value, int alignment = 0, string format = null) => AppendAligned(FormatValue(value, format, _provider), alignment);
        public void AppendFormatted(object value, int alignment = 0, string format = null) => AppendAligned(FormatValue(value, format, _provider), alignment);

        private void AppendAligned(string s, int alignment)
        {
            bool left = alignment < 0;
            int width = left ? -alignment : alignment;
            int pad = width - s.Length;
            if (!left && pad > 0) _sb.Append(' ', pad);
            _sb.Append(s);
            if (left && pad > 0) _sb.Append(' ', pad);
        }

        // A custom formatter from the provider first, then IFormattable, then ToString.
        internal static string FormatValue<T>(T value, string format, IFormatProvider provider)
        {
            if (provider != null && provider.GetFormat(typeof(ICustomFormatter)) is ICustomFormatter cf)
                return cf.Format(format, value, provider) ?? string.Empty;
            if (value is IFormattable f) return f.ToString(format, provider) ?? string.Empty;
            return value?.ToString() ?? string.Empty;
        }
    }
}

namespace System
{
    public class FormattableString : IFormattable
    {
        private readonly string _format;
        private readonly object[] _arguments;

        protected FormattableString() { }
        internal FormattableString(string format, object[] arguments) { _format = format; _arguments = arguments; }

        public virtual string Format => _format;
        public virtual object[] GetArguments() => _arguments;
        public virtual int ArgumentCount => _arguments.Length;
        public virtual object GetArgument(int index) => _arguments[index];
        public virtual string ToString(IFormatProvider formatProvider) => string.Format(formatProvider, Format, GetArguments());
        string IFormattable.ToString(string ignored, IFormatProvider formatProvider) => ToString(formatProvider);
        public override string ToString() => ToString(System.Globalization.CultureInfo.CurrentCulture);
        public static string Invariant(FormattableString formattable) => formattable.ToString(System.Globalization.CultureInfo.InvariantCulture);
        public static string CurrentCulture(FormattableString formattable) => formattable.ToString(System.Globalization.CultureInfo.CurrentCulture);
    }
}

namespace System.Runtime.CompilerServices
{
    public static class FormattableStringFactory
    {
        public static FormattableString Create(string format, params object[] arguments)
        {
            if (format == null) throw new ArgumentNullException("format");
            if (arguments == null) throw new ArgumentNullException("arguments");
            return new FormattableString(format, arguments);
        }
    }
}

