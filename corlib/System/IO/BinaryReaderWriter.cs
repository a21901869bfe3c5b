using System.Text;

namespace System.IO
{
    // .NET's binary format: integers and floats little-endian whatever the host, strings as a
    // 7-bit encoded byte count followed by the encoded bytes (UTF-8 by default).
    public class BinaryWriter : IDisposable, IAsyncDisposable
    {
        public static readonly BinaryWriter Null = new BinaryWriter();

        protected Stream OutStream;
        private readonly Encoding _encoding;
        private readonly bool _leaveOpen;
        private readonly byte[] _buffer = new byte[16];

        protected BinaryWriter() { OutStream = Stream.Null; _encoding = new UTF8Encoding(false, true); }
        public BinaryWriter(Stream output) : this(output, new UTF8Encoding(false, true), false) { }
        public BinaryWriter(Stream output, Encoding encoding) : this(output, encoding, false) { }

        public BinaryWriter(Stream output, Encoding encoding, bool leaveOpen)
        {
            if (output == null) throw new ArgumentNullException("output");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!output.CanWrite) throw new ArgumentException("Stream was not writable.");
            OutStream = output;
            _encoding = encoding;
            _leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream { get { Flush(); return OutStream; } }

        public virtual void Close() => Dispose(true);
        public void Dispose() => Dispose(true);

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            if (_leaveOpen) OutStream.Flush();
            else OutStream.Close();
        }

        public virtual System.Threading.Tasks.ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }

        public virtual void Flush() => OutStream.Flush();
        public virtual long Seek(int offset, SeekOrigin origin) => OutStream.Seek(offset, origin);

        private void WriteLittle(ulong value, int size)
        {
            for (int i = 0; i < size; i++, value >>= 8) _buffer[i] = (byte)value;
            OutStream.Write(_buffer, 0, size);
        }

        public virtual void Write(bool value) => OutStream.WriteByte((byte)(value ? 1 : 0));
        public virtual void Write(byte value) => OutStream.WriteByte(value);
        public virtual void Write(sbyte value) => OutStream.WriteByte((byte)value);
        public virtual void Write(short value) => WriteLittle((ushort)value, 2);
        public virtual void Write(ushort value) => WriteLittle(value, 2);
        public virtual void Write(int value) => WriteLittle((uint)value, 4);
        public virtual void Write(uint value) => WriteLittle(value, 4);
        public virtual void Write(long value) => WriteLittle((ulong)value, 8);
        public virtual void Write(ulong value) => WriteLittle(value, 8);
        public virtual void Write(float value) => WriteLittle((uint)BitConverter.SingleToInt32Bits(value), 4);
        public virtual void Write(double value) => WriteLittle((ulong)BitConverter.DoubleToInt64Bits(value), 8);
        public virtual void Write(Half value) => WriteLittle(BitConverter.HalfToUInt16Bits(value), 2);

        public virtual void Write(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            for (int i = 0; i < 4; i++) WriteLittle((uint)bits[i], 4);
        }

        public virtual void Write(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            OutStream.Write(buffer, 0, buffer.Length);
        }

        public virtual void Write(byte[] buffer, int index, int count) => OutStream.Write(buffer, index, count);
        public virtual void Write(ReadOnlySpan<byte> buffer) => OutStream.Write(buffer);

        public virtual void Write(char ch)
        {
            if (char.IsSurrogate(ch))
                throw new ArgumentException("Unicode surrogate characters must be written out as pairs together in the same call, not individually. Consider passing in a character array instead.");
            Write(_encoding.GetBytes(new[] { ch }));
        }

        public virtual void Write(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            Write(_encoding.GetBytes(chars));
        }

        public virtual void Write(char[] chars, int index, int count) => Write(_encoding.GetBytes(chars, index, count));
        public virtual void Write(ReadOnlySpan<char> chars) => Write(_encoding.GetBytes(chars.ToArray()));

        public virtual void Write(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            byte[] bytes = _encoding.GetBytes(value);
            Write7BitEncodedInt(bytes.Length);
            OutStream.Write(bytes, 0, bytes.Length);
        }

        public void Write7BitEncodedInt(int value)
        {
            uint v = (uint)value;
            for (; v > 0x7Fu; v >>= 7) OutStream.WriteByte((byte)(v | 0x80));
            OutStream.WriteByte((byte)v);
        }

        public void Write7BitEncodedInt64(long value)
        {
            ulong v = (ulong)value;
            for (; v > 0x7Fu; v >>= 7) OutStream.WriteByte((byte)(v | 0x80));
            OutStream.WriteByte((byte)v);
        }
    }

    public class BinaryReader : IDisposable
    {
        private Stream _stream;
        private readonly Encoding _encoding;
        private readonly bool _leaveOpen;
        private readonly byte[] _buffer = new byte[16];

        public BinaryReader(Stream input) : this(input, new UTF8Encoding(), false) { }
        public BinaryReader(Stream input, Encoding encoding) : this(input, encoding, false) { }

        public BinaryReader(Stream input, Encoding encoding, bool leaveOpen)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!input.CanRead) throw new ArgumentException("Stream was not readable.");
            _stream = input;
            _encoding = encoding;
            _leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream => _stream;

        public virtual void Close() => Dispose(true);
        public void Dispose() => Dispose(true);

        protected virtual void Dispose(bool disposing)
        {
            if (disposing && _stream != null && !_leaveOpen) _stream.Close();
            _stream = null;
        }

        private Stream Open => _stream ?? throw new ObjectDisposedException(null, "Cannot access a closed file.");

        private static Exception EndOfStream() => new EndOfStreamException("Unable to read beyond the end of the stream.");

        private void Fill(int size)
        {
            Stream s = Open;
            for (int got = 0; got < size;)
            {
                int n = s.Read(_buffer, got, size - got);
                if (n == 0) throw EndOfStream();
                got += n;
            }
        }

        private ulong ReadLittle(int size)
        {
            Fill(size);
            ulong v = 0;
            for (int i = size - 1; i >= 0; i--) v = (v << 8) | _buffer[i];
            return v;
        }

        public virtual byte ReadByte()
        {
            int b = Open.ReadByte();
            if (b < 0) throw EndOfStream();
            return (byte)b;
        }

        public virtual bool ReadBoolean() => ReadByte() != 0;
        public virtual sbyte ReadSByte() => (sbyte)ReadByte();
        public virtual short ReadInt16() => (short)ReadLittle(2);
        public virtual ushort ReadUInt16() => (ushort)ReadLittle(2);
        public virtual int ReadInt32() => (int)ReadLittle(4);
        public virtual uint ReadUInt32() => (uint)ReadLittle(4);
        public virtual long ReadInt64() => (long)ReadLittle(8);
        public virtual ulong ReadUInt64() => ReadLittle(8);
        public virtual float ReadSingle() => BitConverter.Int32BitsToSingle((int)ReadLittle(4));
        public virtual double ReadDouble() => BitConverter.Int64BitsToDouble((long)ReadLittle(8));
        public virtual Half ReadHalf() => BitConverter.UInt16BitsToHalf((ushort)ReadLittle(2));

        public virtual decimal ReadDecimal()
        {
            var bits = new int[4];
            for (int i = 0; i < 4; i++) bits[i] = (int)ReadLittle(4);
            try { return new decimal(bits); }
            catch (ArgumentException e)
            {
                throw new IOException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.", e);
            }
        }

        public virtual byte[] ReadBytes(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            Stream s = Open;
            var result = new byte[count];
            int got = 0;
            while (got < count)
            {
                int n = s.Read(result, got, count - got);
                if (n == 0) break;
                got += n;
            }
            if (got != count) Array.Resize(ref result, got);
            return result;
        }

        public virtual int Read(byte[] buffer, int index, int count) => Open.Read(buffer, index, count);
        public virtual int Read(Span<byte> buffer) => Open.Read(buffer);

        public virtual void ReadExactly(Span<byte> buffer)
        {
            Stream s = Open;
            for (int got = 0; got < buffer.Length;)
            {
                int n = s.Read(buffer.Slice(got));
                if (n == 0) throw EndOfStream();
                got += n;
            }
        }

        // How many bytes the character starting with `lead` takes in this encoding.
        private int SequenceLength(byte lead)
        {
            switch (_encoding.CodePage)
            {
                case 65001:
                    return lead < 0xC2 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 1;
                case 1200: case 1201: return 2;
                case 12000: case 12001: return 4;
                default: return 1;
            }
        }

        // One decoded character (two for a surrogate pair), or 0 chars at the end of the stream.
        private int ReadOneChar(char[] into, int at)
        {
            Stream s = Open;
            int first = s.ReadByte();
            if (first < 0) return 0;
            _buffer[0] = (byte)first;
            int need = SequenceLength((byte)first), have = 1;
            while (have < need)
            {
                int b = s.ReadByte();
                if (b < 0) break;
                _buffer[have++] = (byte)b;
            }
            char[] chars = _encoding.GetChars(_buffer, 0, have);
            int n = Math.Min(chars.Length, into.Length - at);
            Array.Copy(chars, 0, into, at, n);
            return n;
        }

        public virtual int Read()
        {
            var one = new char[2];
            int n = ReadOneChar(one, 0);
            return n == 0 ? -1 : one[0];
        }

        public virtual int PeekChar()
        {
            Stream s = Open;
            if (!s.CanSeek) return -1;
            long pos = s.Position;
            int c = Read();
            s.Position = pos;
            return c;
        }

        public virtual char ReadChar()
        {
            int c = Read();
            if (c < 0) throw EndOfStream();
            return (char)c;
        }

        public virtual char[] ReadChars(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            var chars = new char[count];
            int got = 0;
            while (got < count)
            {
                int n = ReadOneChar(chars, got);
                if (n == 0) break;
                got += n;
            }
            if (got != count) Array.Resize(ref chars, got);
            return chars;
        }

        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            char[] chars = ReadChars(count);
            Array.Copy(chars, 0, buffer, index, chars.Length);
            return chars.Length;
        }

        public virtual int Read(Span<char> buffer)
        {
            char[] chars = ReadChars(buffer.Length);
            chars.AsSpan().CopyTo(buffer);
            return chars.Length;
        }

        public virtual string ReadString()
        {
            int length = Read7BitEncodedInt();
            if (length < 0) throw new IOException($"BinaryReader encountered an invalid string length of {length} characters.");
            if (length == 0) return string.Empty;
            var bytes = new byte[length];
            ReadExactly(bytes);
            return _encoding.GetString(bytes);
        }

        public int Read7BitEncodedInt()
        {
            uint result = 0;
            for (int shift = 0; shift < 28; shift += 7)
            {
                byte b = ReadByte();
                result |= (uint)(b & 0x7F) << shift;
                if (b <= 0x7F) return (int)result;
            }
            byte last = ReadByte();
            if (last > 0b1111) throw new FormatException("Too many bytes in what should have been a 7-bit encoded integer.");
            return (int)(result | (uint)last << 28);
        }

        public long Read7BitEncodedInt64()
        {
            ulong result = 0;
            for (int shift = 0; shift < 63; shift += 7)
            {
                byte b = ReadByte();
                result |= (ulong)(b & 0x7F) << shift;
                if (b <= 0x7F) return (long)result;
            }
            byte last = ReadByte();
            if (last > 0b1) throw new FormatException("Too many bytes in what should have been a 7-bit encoded integer.");
            return (long)(result | (ulong)last << 63);
        }
    }
}
