// RandomNumberGenerator: cryptographically strong bytes from the kernel's /dev/urandom
// (read through FileStream, bufferless). There is no weaker fallback: without the device
// the calls throw CryptographicException.
using System.IO;

namespace System.Security.Cryptography
{
    public abstract class RandomNumberGenerator : IDisposable
    {
        protected RandomNumberGenerator() { }

        public static RandomNumberGenerator Create() => new SystemRandomNumberGenerator();

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) { }

        public abstract void GetBytes(byte[] data);

        public virtual void GetBytes(byte[] data, int offset, int count)
        {
            if (data == null) throw new ArgumentNullException("data");
            ArgumentOutOfRangeException.ThrowIfNegative(offset, "offset");
            ArgumentOutOfRangeException.ThrowIfNegative(count, "count");
            if (count > data.Length - offset)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count > 0) Fill(new Span<byte>(data, offset, count));
        }

        public virtual void GetBytes(Span<byte> data) => Fill(data);

        public virtual void GetNonZeroBytes(byte[] data)
        {
            if (data == null) throw new ArgumentNullException("data");
            GetNonZeroBytes(new Span<byte>(data));
        }

        public virtual void GetNonZeroBytes(Span<byte> data)
        {
            Fill(data);
            for (int i = 0; i < data.Length; i++)
                while (data[i] == 0) Fill(data.Slice(i, 1));
        }

        public static byte[] GetBytes(int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, "count");
            byte[] bytes = new byte[count];
            Fill(bytes);
            return bytes;
        }

        public static void Fill(Span<byte> data)
        {
            if (data.IsEmpty) return;
            try
            {
                using var device = new FileStream("/dev/urandom", FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
                while (!data.IsEmpty)
                {
                    int n = device.Read(data);
                    if (n <= 0) throw new CryptographicException("The system's random number source (/dev/urandom) ended.");
                    data = data.Slice(n);
                }
            }
            catch (IOException e)
            {
                throw new CryptographicException("The system's random number source (/dev/urandom) cannot be read.", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new CryptographicException("The system's random number source (/dev/urandom) cannot be read.", e);
            }
        }

        public static int GetInt32(int toExclusive)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(toExclusive, "toExclusive");
            return GetInt32(0, toExclusive);
        }

        // Uniform over the range: draw masked values and reject those past its size.
        public static int GetInt32(int fromInclusive, int toExclusive)
        {
            if (fromInclusive >= toExclusive)
                throw new ArgumentException("Range of random number does not contain at least one possibility.");
            uint range = (uint)toExclusive - (uint)fromInclusive - 1;
            if (range == 0) return fromInclusive;
            uint mask = range;
            mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8; mask |= mask >> 16;
            Span<byte> four = stackalloc byte[4];
            uint candidate;
            do
            {
                Fill(four);
                candidate = (uint)(four[0] | four[1] << 8 | four[2] << 16 | four[3] << 24) & mask;
            } while (candidate > range);
            return (int)(candidate + (uint)fromInclusive);
        }

        public static void Shuffle<T>(Span<T> values)
        {
            for (int i = values.Length - 1; i > 0; i--)
            {
                int j = GetInt32(i + 1);
                if (j != i) (values[i], values[j]) = (values[j], values[i]);
            }
        }

        public static T[] GetItems<T>(ReadOnlySpan<T> choices, int length)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length, "length");
            if (choices.IsEmpty) throw new ArgumentException("Span may not be empty.", "choices");
            T[] items = new T[length];
            for (int i = 0; i < length; i++) items[i] = choices[GetInt32(choices.Length)];
            return items;
        }

        public static string GetString(ReadOnlySpan<char> choices, int length) => new string(GetItems(choices, length));

        public static string GetHexString(int stringLength, bool lowercase = false)
        {
            if (stringLength < 0) throw new ArgumentOutOfRangeException("length");   // .NET names it so
            string digits = lowercase ? "0123456789abcdef" : "0123456789ABCDEF";
            byte[] bytes = GetBytes((stringLength + 1) / 2);
            char[] chars = new char[stringLength];
            for (int i = 0; i < stringLength; i++)
                chars[i] = digits[(bytes[i / 2] >> ((i & 1) == 0 ? 4 : 0)) & 15];
            return new string(chars);
        }
    }

    internal sealed class SystemRandomNumberGenerator : RandomNumberGenerator
    {
        public override void GetBytes(byte[] data)
        {
            if (data == null) throw new ArgumentNullException("data");
            Fill(data);
        }
    }
}
