// Exceptions with more behaviour than a default message (the rest are in Exceptions.g.cs).
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace System
{
    internal static class HResults
    {
        internal const int COR_E_EXCEPTION = unchecked((int)0x80131500);
        internal const int COR_E_ARGUMENT = unchecked((int)0x80070057);
        internal const int E_POINTER = unchecked((int)0x80004003);
        internal const int COR_E_ARGUMENTOUTOFRANGE = unchecked((int)0x80131502);
    }

    [Serializable]
    public class ArgumentException : SystemException
    {
        private readonly string _paramName;

        public ArgumentException() : base("Value does not fall within the expected range.") { HResult = HResults.COR_E_ARGUMENT; }
        public ArgumentException(string message) : base(message ?? "Value does not fall within the expected range.") { HResult = HResults.COR_E_ARGUMENT; }
        public ArgumentException(string message, Exception innerException) : base(message ?? "Value does not fall within the expected range.", innerException) { HResult = HResults.COR_E_ARGUMENT; }
        public ArgumentException(string message, string paramName, Exception innerException) : base(message ?? "Value does not fall within the expected range.", innerException)
        {
            _paramName = paramName;
            HResult = HResults.COR_E_ARGUMENT;
        }
        public ArgumentException(string message, string paramName) : base(message ?? "Value does not fall within the expected range.")
        {
            _paramName = paramName;
            HResult = HResults.COR_E_ARGUMENT;
        }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (!string.IsNullOrEmpty(_paramName)) s += " (Parameter '" + _paramName + "')";
                return s;
            }
        }

        public virtual string ParamName => _paramName;

        public static void ThrowIfNullOrEmpty(string argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument is null) throw new ArgumentNullException(paramName);
            if (argument.Length == 0) throw new ArgumentException("The value cannot be an empty string.", paramName);
        }

        public static void ThrowIfNullOrWhiteSpace(string argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument is null) throw new ArgumentNullException(paramName);
            if (string.IsNullOrWhiteSpace(argument)) throw new ArgumentException("The value cannot be an empty string or composed entirely of whitespace.", paramName);
        }
    }

    [Serializable]
    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.") { HResult = HResults.E_POINTER; }
        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName) { HResult = HResults.E_POINTER; }
        public ArgumentNullException(string message, Exception innerException) : base(message ?? "Value cannot be null.", innerException) { HResult = HResults.E_POINTER; }
        public ArgumentNullException(string paramName, string message) : base(message ?? "Value cannot be null.", paramName) { HResult = HResults.E_POINTER; }

        public static void ThrowIfNull(object argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument is null) throw new ArgumentNullException(paramName);
        }

        public static unsafe void ThrowIfNull(void* argument, [System.Runtime.CompilerServices.CallerArgumentExpression("argument")] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
        }
    }

    [Serializable]
    public class ArgumentOutOfRangeException : ArgumentException
    {
        private readonly object _actualValue;

        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.") { HResult = HResults.COR_E_ARGUMENTOUTOFRANGE; }
        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName) { HResult = HResults.COR_E_ARGUMENTOUTOFRANGE; }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message ?? "Specified argument was out of the range of valid values.", paramName) { HResult = HResults.COR_E_ARGUMENTOUTOFRANGE; }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message ?? "Specified argument was out of the range of valid values.", innerException) { HResult = HResults.COR_E_ARGUMENTOUTOFRANGE; }
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message ?? "Specified argument was out of the range of valid values.", paramName)
        {
            _actualValue = actualValue;
            HResult = HResults.COR_E_ARGUMENTOUTOFRANGE;
        }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_actualValue != null) s += Environment.NewLine + "Actual value was " + _actualValue.ToString() + ".";
                return s;
            }
        }

        public virtual object ActualValue => _actualValue;

        public static void ThrowIfZero<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(default) == 0)
                throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be a non-zero value.");
        }

        public static void ThrowIfNegative<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(default) < 0)
                throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be a non-negative value.");
        }

        public static void ThrowIfNegativeOrZero<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(default) <= 0)
                throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be a non-negative and non-zero value.");
        }

        public static void ThrowIfEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IEquatable<T>
        {
            if (EqualityComparer<T>.Default.Equals(value, other))
                throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + Str(value) + "') must not be equal to '" + Str(other) + "'.");
        }

        public static void ThrowIfNotEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IEquatable<T>
        {
            if (!EqualityComparer<T>.Default.Equals(value, other))
                throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + Str(value) + "') must be equal to '" + Str(other) + "'.");
        }

        public static void ThrowIfGreaterThan<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) > 0)
                throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be less than or equal to '" + other.ToString() + "'.");
        }

        public static void ThrowIfGreaterThanOrEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) >= 0)
                throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be less than '" + other.ToString() + "'.");
        }

        public static void ThrowIfLessThan<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) < 0)
                throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be greater than or equal to '" + other.ToString() + "'.");
        }

        public static void ThrowIfLessThanOrEqual<T>(T value, T other, [System.Runtime.CompilerServices.CallerArgumentExpression("value")] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) <= 0)
                throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + value.ToString() + "') must be greater than '" + other.ToString() + "'.");
        }

        private static string Str<T>(T v) => v == null ? "null" : v.ToString();
    }

    [Serializable]
    public class DuplicateWaitObjectException : ArgumentException
    {
        public DuplicateWaitObjectException() : base("Duplicate objects in argument.") { HResult = unchecked((int)0x80131529); }
        public DuplicateWaitObjectException(string parameterName) : base("Duplicate objects in argument.", parameterName) { HResult = unchecked((int)0x80131529); }
        public DuplicateWaitObjectException(string parameterName, string message) : base(message, parameterName) { HResult = unchecked((int)0x80131529); }
        public DuplicateWaitObjectException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131529); }
    }

    [Serializable]
    public class ObjectDisposedException : InvalidOperationException
    {
        private readonly string _objectName;

        private ObjectDisposedException() : this(null, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName, string message) : base(message)
        {
            HResult = unchecked((int)0x80131622);
            _objectName = objectName;
        }
        public ObjectDisposedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131622); }

        public override string Message
        {
            get
            {
                string name = ObjectName;
                if (string.IsNullOrEmpty(name)) return base.Message;
                return base.Message + Environment.NewLine + "Object name: '" + name + "'.";
            }
        }

        public string ObjectName => _objectName ?? string.Empty;

        public static void ThrowIf(bool condition, object instance)
        {
            if (condition) throw new ObjectDisposedException(instance?.GetType().FullName);
        }

        public static void ThrowIf(bool condition, Type type)
        {
            if (condition) throw new ObjectDisposedException(type?.FullName);
        }
    }

    [Serializable]
    public sealed class TypeInitializationException : SystemException
    {
        private readonly string _typeName;

        internal TypeInitializationException() : base("The type initializer threw an exception.") { HResult = unchecked((int)0x80131534); }

        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException)
        {
            _typeName = fullTypeName;
            HResult = unchecked((int)0x80131534);
        }

        internal TypeInitializationException(string message) : base(message) { HResult = unchecked((int)0x80131534); }

        public string TypeName => _typeName ?? string.Empty;
    }

    [Serializable]
    public class MissingMemberException : MemberAccessException
    {
        protected string ClassName;
        protected string MemberName;
        protected byte[] Signature;

        public MissingMemberException() : base("Attempted to access a missing member.") { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string message) : base(message ?? "Attempted to access a missing member.") { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string message, Exception inner) : base(message ?? "Attempted to access a missing member.", inner) { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string className, string memberName) : base(null)
        {
            ClassName = className;
            MemberName = memberName;
            HResult = unchecked((int)0x80131512);
        }

        internal bool HasNames => ClassName != null;

        public override string Message => ClassName == null ? base.Message : "Member '" + ClassName + "." + MemberName + "' not found.";
    }

    [Serializable]
    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.") { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string message) : base(message ?? "Attempted to access a missing method.") { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string message, Exception inner) : base(message ?? "Attempted to access a missing method.", inner) { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string className, string methodName) : base(className, methodName) { HResult = unchecked((int)0x80131513); }

        public override string Message => ClassName == null ? base.Message : "Method '" + ClassName + "." + MemberName + "' not found.";
    }

    [Serializable]
    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException() : base("Attempted to access a non-existing field.") { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string message) : base(message ?? "Attempted to access a non-existing field.") { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string message, Exception inner) : base(message ?? "Attempted to access a non-existing field.", inner) { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string className, string fieldName) : base(className, fieldName) { HResult = unchecked((int)0x80131511); }

        public override string Message => ClassName == null ? base.Message : "Field '" + ClassName + "." + MemberName + "' not found.";
    }

    [Serializable]
    public class OperationCanceledException : SystemException
    {
        public OperationCanceledException() : base("The operation was canceled.") { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message) : base(message ?? "The operation was canceled.") { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message, Exception innerException) : base(message ?? "The operation was canceled.", innerException) { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(System.Threading.CancellationToken token) : this() { CancellationToken = token; }
        public OperationCanceledException(string message, System.Threading.CancellationToken token) : this(message) { CancellationToken = token; }
        public OperationCanceledException(string message, Exception innerException, System.Threading.CancellationToken token) : this(message, innerException) { CancellationToken = token; }
        public System.Threading.CancellationToken CancellationToken { get; private set; }
    }

    [Serializable]
    public class AggregateException : Exception
    {
        private readonly Exception[] _innerExceptions;
        private ReadOnlyCollection<Exception> _roc;

        public AggregateException() : base("One or more errors occurred.") { _innerExceptions = new Exception[0]; }
        public AggregateException(string message) : base(message ?? "One or more errors occurred.") { _innerExceptions = new Exception[0]; }

        public AggregateException(string message, Exception innerException) : base(message ?? "One or more errors occurred.", innerException)
        {
            if (innerException == null) throw new ArgumentNullException("innerException");
            _innerExceptions = new[] { innerException };
        }

        public AggregateException(IEnumerable<Exception> innerExceptions) : this("One or more errors occurred.", innerExceptions) { }
        public AggregateException(params Exception[] innerExceptions) : this("One or more errors occurred.", innerExceptions) { }

        public AggregateException(string message, IEnumerable<Exception> innerExceptions)
            : this(message, innerExceptions == null ? null : new List<Exception>(innerExceptions).ToArray()) { }

        public AggregateException(string message, params Exception[] innerExceptions)
            : base(message ?? "One or more errors occurred.", innerExceptions != null && innerExceptions.Length > 0 ? innerExceptions[0] : null)
        {
            if (innerExceptions == null) throw new ArgumentNullException("innerExceptions");
            Exception[] copy = new Exception[innerExceptions.Length];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = innerExceptions[i];
                if (copy[i] == null) throw new ArgumentException("An element of innerExceptions was null.");
            }
            _innerExceptions = copy;
        }

        public ReadOnlyCollection<Exception> InnerExceptions => _roc ??= new ReadOnlyCollection<Exception>(_innerExceptions);

        public override string Message
        {
            get
            {
                if (_innerExceptions.Length == 0) return base.Message;
                StringBuilder sb = new StringBuilder(base.Message);
                for (int i = 0; i < _innerExceptions.Length; i++)
                    sb.Append(" (").Append(_innerExceptions[i].Message).Append(')');
                return sb.ToString();
            }
        }

        public override Exception GetBaseException()
        {
            Exception back = this;
            AggregateException ae = this;
            while (ae != null && ae._innerExceptions.Length == 1)
            {
                back = back.InnerException;
                ae = back as AggregateException;
            }
            return back;
        }

        public AggregateException Flatten()
        {
            List<Exception> flat = new List<Exception>();
            List<AggregateException> queue = new List<AggregateException> { this };
            for (int q = 0; q < queue.Count; q++)
            {
                foreach (Exception e in queue[q]._innerExceptions)
                {
                    if (e is AggregateException ae) queue.Add(ae);
                    else flat.Add(e);
                }
            }
            return new AggregateException(GetType() == typeof(AggregateException) ? base.Message : Message, flat);
        }

        public void Handle(Func<Exception, bool> predicate)
        {
            if (predicate == null) throw new ArgumentNullException("predicate");
            List<Exception> unhandled = null;
            foreach (Exception e in _innerExceptions)
            {
                if (!predicate(e)) (unhandled ??= new List<Exception>()).Add(e);
            }
            if (unhandled != null) throw new AggregateException(Message, unhandled);
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder(base.ToString());
            for (int i = 1; i < _innerExceptions.Length; i++)
            {
                sb.Append(Environment.NewLine).Append("---> (Inner Exception #").Append(i).Append(") ")
                  .Append(_innerExceptions[i].ToString()).Append("<---").Append(Environment.NewLine);
            }
            return sb.ToString();
        }
    }
}

namespace System.IO
{
    [Serializable]
    public class FileNotFoundException : IOException
    {
        public FileNotFoundException() : base("Unable to find the specified file.") { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070002); _noDefault = message == null; }
        public FileNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070002); _noDefault = message == null; }
        public FileNotFoundException(string message, string fileName) : base(message) { HResult = unchecked((int)0x80070002); FileName = fileName; _noDefault = message == null; }
        public FileNotFoundException(string message, string fileName, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070002); FileName = fileName; _noDefault = message == null; }

        private readonly bool _noDefault;

        public string FileName { get; }
        public string FusionLog => null;

        public override string Message
        {
            get
            {
                if (!_noDefault) return base.Message;
                if (FileName != null) return "Could not load file or assembly '" + FileName + "'. The system cannot find the file specified.";
                return string.Empty;
            }
        }

        public override string ToString()
        {
            string s = GetType().ToString() + ": " + Message;
            if (!string.IsNullOrEmpty(FileName)) s += Environment.NewLine + "File name: '" + FileName + "'";
            if (InnerException != null) s += Environment.NewLine + " ---> " + InnerException.ToString();
            if (StackTrace != null) s += Environment.NewLine + StackTrace;
            return s;
        }
    }

    [Serializable]
    public class FileLoadException : IOException
    {
        public FileLoadException() : base("Could not load the specified file.") { HResult = unchecked((int)0x80131621); }
        public FileLoadException(string message) : base(message ?? "Could not load the specified file.") { HResult = unchecked((int)0x80131621); }
        public FileLoadException(string message, Exception inner) : base(message ?? "Could not load the specified file.", inner) { HResult = unchecked((int)0x80131621); }
        public FileLoadException(string message, string fileName) : base(message ?? "Could not load the specified file.") { FileName = fileName; HResult = unchecked((int)0x80131621); }
        public string FileName { get; }
    }
}

namespace System.Reflection
{
    [Serializable]
    public sealed class TargetInvocationException : ApplicationException
    {
        public TargetInvocationException(Exception inner) : base("Exception has been thrown by the target of an invocation.", inner) { HResult = unchecked((int)0x80131604); }
        public TargetInvocationException(string message, Exception inner) : base(message ?? "Exception has been thrown by the target of an invocation.", inner) { HResult = unchecked((int)0x80131604); }
    }
}
