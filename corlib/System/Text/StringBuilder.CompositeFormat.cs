// StringBuilder.AppendFormat overloads taking a pre-parsed CompositeFormat.
namespace System.Text
{
    public sealed partial class StringBuilder
    {
        public StringBuilder AppendFormat(IFormatProvider provider, CompositeFormat format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException("args");
            return AppendFormat(provider, format, new ReadOnlySpan<object>(args));
        }

        public StringBuilder AppendFormat(IFormatProvider provider, CompositeFormat format, params ReadOnlySpan<object> args)
        {
            if (format == null) throw new ArgumentNullException("format");
            format.CheckArgumentCount(args.Length);
            return AppendFormatHelper(provider, format.Format, args);
        }

        public StringBuilder AppendFormat<TArg0>(IFormatProvider provider, CompositeFormat format, TArg0 arg0) =>
            AppendFormat(provider, format, new object[] { arg0 });

        public StringBuilder AppendFormat<TArg0, TArg1>(IFormatProvider provider, CompositeFormat format, TArg0 arg0, TArg1 arg1) =>
            AppendFormat(provider, format, new object[] { arg0, arg1 });

        public StringBuilder AppendFormat<TArg0, TArg1, TArg2>(IFormatProvider provider, CompositeFormat format, TArg0 arg0, TArg1 arg1, TArg2 arg2) =>
            AppendFormat(provider, format, new object[] { arg0, arg1, arg2 });
    }
}
