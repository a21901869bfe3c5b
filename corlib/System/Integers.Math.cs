namespace System
{
    // The static members .NET declares on the integer types themselves besides their generic
    // math interfaces (int.MaxMagnitude, int.BigMul). MaxMagnitude and MinMagnitude reach
    // the explicit interface implementations in GenericMath.g.cs; BigMul is Math's.
    public readonly partial struct SByte
    {
        public static sbyte MaxMagnitude(sbyte x, sbyte y) => NumberStatics.MaxMagnitude(x, y);
        public static sbyte MinMagnitude(sbyte x, sbyte y) => NumberStatics.MinMagnitude(x, y);
    }

    public readonly partial struct Int16
    {
        public static short MaxMagnitude(short x, short y) => NumberStatics.MaxMagnitude(x, y);
        public static short MinMagnitude(short x, short y) => NumberStatics.MinMagnitude(x, y);
    }

    public readonly partial struct Int32
    {
        public static int MaxMagnitude(int x, int y) => NumberStatics.MaxMagnitude(x, y);
        public static int MinMagnitude(int x, int y) => NumberStatics.MinMagnitude(x, y);
        public static long BigMul(int left, int right) => Math.BigMul(left, right);
    }

    public readonly partial struct Int64
    {
        public static long MaxMagnitude(long x, long y) => NumberStatics.MaxMagnitude(x, y);
        public static long MinMagnitude(long x, long y) => NumberStatics.MinMagnitude(x, y);
        public static Int128 BigMul(long left, long right) => Math.BigMul(left, right);
    }

    public readonly partial struct UInt32
    {
        public static ulong BigMul(uint left, uint right) => Math.BigMul(left, right);
    }

    public readonly partial struct UInt64
    {
        public static UInt128 BigMul(ulong left, ulong right) => Math.BigMul(left, right);
    }
}
