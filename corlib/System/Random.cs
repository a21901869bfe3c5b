namespace System
{
    // Seeded instances use the subtractive generator of .NET's seeded Random (Knuth's algorithm),
    // so a given seed yields .NET's sequence; unseeded instances use the same generator with a
    // seed from the clock.
    public class Random
    {
        private const int MBIG = int.MaxValue;
        private const int MSEED = 161803398;

        private readonly int[] _seedArray = new int[56];
        private int _inext;
        private int _inextp;

        public static Random Shared { get; } = new Random();

        private static int s_seedCounter;

        public Random() : this(unchecked((int)Environment.TickCount64 ^ (++s_seedCounter * 1000003))) { }

        public Random(int Seed)
        {
            int subtraction = (Seed == int.MinValue) ? int.MaxValue : Math.Abs(Seed);
            int mj = MSEED - subtraction;
            _seedArray[55] = mj;
            int mk = 1;
            int ii = 0;
            for (int i = 1; i < 55; i++)
            {
                if ((ii += 21) >= 55) ii -= 55;
                _seedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0) mk += MBIG;
                mj = _seedArray[ii];
            }
            for (int k = 1; k < 5; k++)
            {
                for (int i = 1; i < 56; i++)
                {
                    int n = i + 30;
                    if (n >= 55) n -= 55;
                    _seedArray[i] -= _seedArray[1 + n];
                    if (_seedArray[i] < 0) _seedArray[i] += MBIG;
                }
            }
            _inext = 0;
            _inextp = 21;
        }

        private int InternalSample()
        {
            int locINext = _inext;
            if (++locINext >= 56) locINext = 1;
            int locINextp = _inextp;
            if (++locINextp >= 56) locINextp = 1;
            int retVal = _seedArray[locINext] - _seedArray[locINextp];
            if (retVal == MBIG) retVal--;
            if (retVal < 0) retVal += MBIG;
            _seedArray[locINext] = retVal;
            _inext = locINext;
            _inextp = locINextp;
            return retVal;
        }

        protected virtual double Sample() => InternalSample() * (1.0 / MBIG);

        private double GetSampleForLargeRange()
        {
            int result = InternalSample();
            bool negative = InternalSample() % 2 == 0;
            if (negative) result = -result;
            double d = result;
            d += int.MaxValue - 1;
            d /= 2 * (uint)int.MaxValue - 1;
            return d;
        }

        public virtual int Next() => InternalSample();

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0) throw new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero.");
            return (int)(Sample() * maxValue);
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            long range = (long)maxValue - minValue;
            if (range <= int.MaxValue) return (int)(Sample() * range) + minValue;
            return (int)((long)(GetSampleForLargeRange() * range) + minValue);
        }

        // As .NET's seeded generator: 64 random bits from three bounded samples (22 + 22 + 20 bits);
        // a range is served by rejection from the smallest power of two covering it.
        public virtual long NextInt64()
        {
            while (true)
            {
                ulong r = NextUInt64() >> 1;
                if (r != long.MaxValue) return (long)r;
            }
        }

        public virtual long NextInt64(long maxValue)
        {
            if (maxValue < 0) throw new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero.");
            return NextInt64(0, maxValue);
        }

        public virtual long NextInt64(long minValue, long maxValue)
        {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            ulong range = (ulong)(maxValue - minValue);
            if (range <= 1) return minValue;
            int bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(range - 1);
            while (true)
            {
                ulong r = NextUInt64() >> (64 - bits);
                if (r < range) return (long)r + minValue;
            }
        }

        private ulong NextUInt64() =>
            (ulong)(uint)Next(1 << 22) | ((ulong)(uint)Next(1 << 22) << 22) | ((ulong)(uint)Next(1 << 20) << 44);

        public virtual double NextDouble() => Sample();
        public virtual float NextSingle() => (float)Sample();

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)InternalSample();
        }

        public virtual void NextBytes(Span<byte> buffer)
        {
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)InternalSample();
        }

        public void Shuffle<T>(T[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            Shuffle(new Span<T>(values));
        }

        public void Shuffle<T>(Span<T> values)
        {
            int n = values.Length;
            for (int i = 0; i < n - 1; i++)
            {
                int j = Next(i, n);
                if (j != i)
                {
                    T temp = values[i];
                    values[i] = values[j];
                    values[j] = temp;
                }
            }
        }

        public T[] GetItems<T>(T[] choices, int length)
        {
            if (choices == null) throw new ArgumentNullException("choices");
            return GetItems(new ReadOnlySpan<T>(choices), length);
        }

        public T[] GetItems<T>(ReadOnlySpan<T> choices, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "length ('" + length.ToString() + "') must be a non-negative value.");
            T[] r = new T[length];
            GetItems(choices, new Span<T>(r));
            return r;
        }

        public void GetItems<T>(ReadOnlySpan<T> choices, Span<T> destination)
        {
            if (choices.IsEmpty) throw new ArgumentException("Span may not be empty.", "choices");
            for (int i = 0; i < destination.Length; i++) destination[i] = choices[Next(choices.Length)];
        }
    }
}
