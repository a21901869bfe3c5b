// User-defined exception hierarchies: extra fields, catch by base class, the
// first matching catch clause wins, InnerException chains.
using System;

class AppError : Exception
{
    public AppError(string m, Exception inner = null) : base(m, inner) { }
}

class DbError : AppError
{
    public int Row;
    public DbError(int row) : base("db failed at row " + row) { Row = row; }
}

class NetError : AppError
{
    public NetError(string m) : base("net: " + m) { }
    public override string Message => "[NetError] " + base.Message;
}

class Program
{
    static void Fail(int kind)
    {
        switch (kind)
        {
            case 0: throw new DbError(42);
            case 1: throw new NetError("timeout");
            case 2: throw new AppError("generic", new DbError(7));
            default: throw new Exception("plain");
        }
    }

    static int Main()
    {
        for (int k = 0; k < 4; k++)
        {
            try
            {
                Fail(k);
            }
            catch (DbError e)
            {
                Console.WriteLine("DbError row " + e.Row + ": " + e.Message);
            }
            catch (AppError e)
            {
                Console.WriteLine("AppError (" + e.GetType().Name + "): " + e.Message +
                                  (e.InnerException != null ? " inner: " + e.InnerException.Message : ""));
            }
            catch (Exception e)
            {
                Console.WriteLine("Exception: " + e.Message);
            }
        }
        return 0;
    }
}
