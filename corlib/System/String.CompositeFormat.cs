// string.Format overloads taking a pre-parsed CompositeFormat.
using System.Text;

namespace System
{
    public sealed partial class String
    {
        public static string Format(IFormatProvider provider, CompositeFormat format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException("args");
            return Format(provider, format, new ReadOnlySpan<object>(args));
        }

        public static string Format(IFormatProvider provider, CompositeFormat format, params ReadOnlySpan<object> args)
        {
            if (format == null) throw new ArgumentNullException("format");
            format.CheckArgumentCount(args.Length);
            return new StringBuilder().AppendFormatHelper(provider, format.Format, args).ToString();
        }

        public static string Format<TArg0>(IFormatProvider provider, CompositeFormat format, TArg0 arg0) =>
            Format(provider, format, new object[] { arg0 });

        public static string Format<TArg0, TArg1>(IFormatProvider provider, CompositeFormat format, TArg0 arg0, TArg1 arg1) =>
            Format(provider, format, new object[] { arg0, arg1 });

        public static string Format<TArg0, TArg1, TArg2>(IFormatProvider provider, CompositeFormat format, TArg0 arg0, TArg1 arg1, TArg2 arg2) =>
            Format(provider, format, new object[] { arg0, arg1, arg2 });
    }
}
