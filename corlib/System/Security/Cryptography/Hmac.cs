// HMAC (RFC 2104) over the block hashes, and the HMAC classes built on it:
// H((K ^ opad) || H((K ^ ipad) || message)), K being the key (hashed first if longer
// than a block) padded with zeros to the block size.
using System.IO;

namespace System.Security.Cryptography
{
    internal sealed class HmacEngine
    {
        private readonly BlockHash _inner, _outer;
        private readonly byte[] _innerPad, _outerPad;

        internal HmacEngine(Func<BlockHash> create, int blockSize, ReadOnlySpan<byte> key)
        {
            _inner = create();
            _outer = create();
            byte[] k = new byte[blockSize];
            if (key.Length > blockSize) { _inner.Append(key); _inner.Finish(k); }
            else key.CopyTo(k);
            _innerPad = new byte[blockSize];
            _outerPad = new byte[blockSize];
            for (int i = 0; i < blockSize; i++)
            {
                _innerPad[i] = (byte)(k[i] ^ 0x36);
                _outerPad[i] = (byte)(k[i] ^ 0x5C);
            }
            Array.Clear(k);
            Reset();
        }

        internal int HashSizeInBytes => _inner.HashSizeInBytes;

        internal void Reset()
        {
            _inner.Reset();
            _inner.Append(_innerPad);
        }

        internal void Append(ReadOnlySpan<byte> data) => _inner.Append(data);

        internal void Finish(Span<byte> destination)
        {
            Span<byte> innerDigest = stackalloc byte[_inner.HashSizeInBytes];
            _inner.Finish(innerDigest);
            _outer.Append(_outerPad);
            _outer.Append(innerDigest);
            _outer.Finish(destination);
            Reset();
        }

        internal byte[] Finish()
        {
            byte[] r = new byte[HashSizeInBytes];
            Finish(r);
            return r;
        }

        // The hash engines by algorithm name (null: not available here).
        internal static Func<BlockHash> Factory(string name, out int blockSize)
        {
            switch (name)
            {
                case "MD5": blockSize = 64; return () => new Md5Engine();
                case "SHA1": blockSize = 64; return () => new Sha1Engine();
                case "SHA256": blockSize = 64; return () => new Sha256Engine();
                case "SHA512": blockSize = 128; return () => new Sha512Engine();
                default: blockSize = 0; return null;
            }
        }
    }

    public abstract class KeyedHashAlgorithm : HashAlgorithm
    {
        protected byte[] KeyValue;

        protected KeyedHashAlgorithm() { }

        public virtual byte[] Key
        {
            get => (byte[])KeyValue.Clone();
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                KeyValue = (byte[])value.Clone();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && KeyValue != null) Array.Clear(KeyValue);
            base.Dispose(disposing);
        }
    }

    public abstract class HMAC : KeyedHashAlgorithm
    {
        private HmacEngine _engine;
        private string _hashName;
        private int _blockSize;

        protected HMAC() { }

        protected int BlockSizeValue { get => _blockSize; set => _blockSize = value; }

        public string HashName
        {
            get => _hashName;
            set
            {
                if (value != _hashName)
                    throw new PlatformNotSupportedException("Setting the hashname after it's already been set is not supported on this platform.");
            }
        }

        internal void Setup(string hashName, byte[] key)
        {
            _hashName = hashName;
            HmacEngine.Factory(hashName, out _blockSize);
            Key = key;                                    // makes the engine
            HashSizeValue = _engine.HashSizeInBytes * 8;
        }

        private HmacEngine CreateEngine(byte[] key) => new HmacEngine(HmacEngine.Factory(_hashName, out int bs), bs, key);

        public override byte[] Key
        {
            get => base.Key;
            set
            {
                base.Key = value;
                _engine = CreateEngine(KeyValue);
            }
        }

        public override void Initialize() => _engine.Reset();
        protected override void HashCore(byte[] rgb, int ib, int cb) => _engine.Append(new ReadOnlySpan<byte>(rgb, ib, cb));
        protected override void HashCore(ReadOnlySpan<byte> source) => _engine.Append(source);
        protected override byte[] HashFinal() => _engine.Finish();

        internal static byte[] OneShot(string hashName, ReadOnlySpan<byte> key, ReadOnlySpan<byte> source)
        {
            var engine = new HmacEngine(HmacEngine.Factory(hashName, out int bs), bs, key);
            engine.Append(source);
            return engine.Finish();
        }

        internal static int OneShot(string hashName, ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination)
        {
            var engine = new HmacEngine(HmacEngine.Factory(hashName, out int bs), bs, key);
            if (destination.Length < engine.HashSizeInBytes) throw new ArgumentException("Destination is too short.", "destination");
            engine.Append(source);
            engine.Finish(destination);
            return engine.HashSizeInBytes;
        }

        internal static byte[] OneShot(string hashName, ReadOnlySpan<byte> key, Stream source)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (!source.CanRead) throw new ArgumentException("Stream was not readable.", "source");
            var engine = new HmacEngine(HmacEngine.Factory(hashName, out int bs), bs, key);
            byte[] buf = new byte[4096];
            int n;
            while ((n = source.Read(buf, 0, buf.Length)) > 0) engine.Append(new ReadOnlySpan<byte>(buf, 0, n));
            return engine.Finish();
        }
    }

    public class HMACSHA256 : HMAC
    {
        public const int HashSizeInBits = 256;
        public const int HashSizeInBytes = 32;

        public HMACSHA256() : this(RandomNumberGenerator.GetBytes(64)) { }
        public HMACSHA256(byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            Setup("SHA256", key);
        }

        public static byte[] HashData(byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return OneShot("SHA256", key, source);
        }

        public static byte[] HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source) => OneShot("SHA256", key, source);
        public static int HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination) => OneShot("SHA256", key, source, destination);
        public static byte[] HashData(byte[] key, Stream source)
        {
            if (key == null) throw new ArgumentNullException("key");
            return OneShot("SHA256", key, source);
        }
    }

    public class HMACSHA1 : HMAC
    {
        public const int HashSizeInBits = 160;
        public const int HashSizeInBytes = 20;

        public HMACSHA1() : this(RandomNumberGenerator.GetBytes(64)) { }
        public HMACSHA1(byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            Setup("SHA1", key);
        }

        public static byte[] HashData(byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return OneShot("SHA1", key, source);
        }

        public static byte[] HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source) => OneShot("SHA1", key, source);
    }

    public class HMACSHA512 : HMAC
    {
        public const int HashSizeInBits = 512;
        public const int HashSizeInBytes = 64;

        public HMACSHA512() : this(RandomNumberGenerator.GetBytes(128)) { }
        public HMACSHA512(byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            Setup("SHA512", key);
        }

        public static byte[] HashData(byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return OneShot("SHA512", key, source);
        }

        public static byte[] HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source) => OneShot("SHA512", key, source);
    }

    public class HMACMD5 : HMAC
    {
        public const int HashSizeInBits = 128;
        public const int HashSizeInBytes = 16;

        public HMACMD5() : this(RandomNumberGenerator.GetBytes(64)) { }
        public HMACMD5(byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            Setup("MD5", key);
        }

        public static byte[] HashData(byte[] key, byte[] source)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (source == null) throw new ArgumentNullException("source");
            return OneShot("MD5", key, source);
        }

        public static byte[] HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source) => OneShot("MD5", key, source);
    }
}
