// System.Exception. The runtime relies on the fields _message, _innerException, _stackTrace
// (runtime-owned: it records the frames there as the exception is thrown) and _HResult.
using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    [Serializable]
    public class Exception : System.Runtime.Serialization.ISerializable
    {
        internal string _message;
        private Exception _innerException;
        private object _stackTrace;
        private int _HResult;
        private IDictionary _data;
        private string _source;
        private string _helpURL;

        public Exception()
        {
            _HResult = HResults.COR_E_EXCEPTION;
        }

        public Exception(string message) : this()
        {
            _message = message;
        }

        public Exception(string message, Exception innerException) : this()
        {
            _message = message;
            _innerException = innerException;
        }

        protected Exception(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            throw new PlatformNotSupportedException();
        }

        public virtual string Message => _message ?? "Exception of type '" + GetClassName() + "' was thrown.";

        public Exception InnerException => _innerException;

        public virtual IDictionary Data => _data ??= new System.Collections.ListDictionaryInternal();

        public virtual string Source
        {
            get => _source;
            set => _source = value;
        }

        public virtual string HelpLink
        {
            get => _helpURL;
            set => _helpURL = value;
        }

        public int HResult
        {
            get => _HResult;
            set => _HResult = value;
        }

        public System.Reflection.MethodBase TargetSite => null;

        public virtual string StackTrace => _stackTrace == null ? null : FormatStackTrace(_stackTrace);

        // The recorded frames as text, one "   at Namespace.Type.Method(...)" line per frame joined
        // by "\n" (no trailing newline), or null when there are none.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string FormatStackTrace(object trace);

        public virtual Exception GetBaseException()
        {
            Exception e = this;
            while (e._innerException != null) e = e._innerException;
            return e;
        }

        public virtual void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context)
        {
            throw new PlatformNotSupportedException();
        }

        private string GetClassName() => GetType().ToString();

        // "Type: message", the inner exception after " ---> ", then the stack trace.
        public override string ToString()
        {
            string className = GetClassName();
            string message = Message;
            StringBuilder sb = new StringBuilder(className);
            if (!string.IsNullOrEmpty(message)) sb.Append(": ").Append(message);
            if (_innerException != null)
            {
                sb.Append(Environment.NewLine).Append(" ---> ").Append(_innerException.ToString())
                  .Append(Environment.NewLine).Append("   --- End of inner exception stack trace ---");
            }
            string st = StackTrace;
            if (st != null) sb.Append(Environment.NewLine).Append(st);
            return sb.ToString();
        }

        public new Type GetType() => base.GetType();

        protected event EventHandler<System.Runtime.Serialization.SafeSerializationEventArgs> SerializeObjectState
        {
            add { }
            remove { }
        }
    }
}

namespace System.Runtime.Serialization
{
    public interface ISerializable
    {
        void GetObjectData(SerializationInfo info, StreamingContext context);
    }

    public sealed class SerializationInfo
    {
        private SerializationInfo() { }
    }

    public readonly struct StreamingContext
    {
        private readonly object _additionalContext;
        private readonly StreamingContextStates _state;
        public StreamingContext(StreamingContextStates state) : this(state, null) { }
        public StreamingContext(StreamingContextStates state, object additional) { _state = state; _additionalContext = additional; }
        public object Context => _additionalContext;
        public StreamingContextStates State => _state;
    }

    [Flags]
    public enum StreamingContextStates
    {
        CrossProcess = 1, CrossMachine = 2, File = 4, Persistence = 8, Remoting = 16, Other = 32, Clone = 64, CrossAppDomain = 128, All = 255,
    }

    public sealed class SafeSerializationEventArgs : EventArgs
    {
        private SafeSerializationEventArgs() { }
        public StreamingContext StreamingContext => default;
        public void AddSerializedState(ISafeSerializationData serializedState) { }
    }

    public interface ISafeSerializationData
    {
        void CompleteDeserialization(object deserialized);
    }
}
