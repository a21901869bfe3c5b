// An object graph (a linked list and a binary tree) built, dropped in part and
// walked again, with allocation in between: reference fields must stay intact
// across whatever collections happen.
using System;

class Node
{
    public int Value;
    public Node Next;
    public string Tag;
}

class Tree
{
    public Tree Left, Right;
    public int Key;
    public Tree(int k) { Key = k; }
    public static Tree Build(int depth, int key)
    {
        if (depth == 0)
            return null;
        var t = new Tree(key);
        t.Left = Build(depth - 1, key * 2);
        t.Right = Build(depth - 1, key * 2 + 1);
        return t;
    }
    public long Sum() => Key + (Left?.Sum() ?? 0) + (Right?.Sum() ?? 0);
    public int Count() => 1 + (Left?.Count() ?? 0) + (Right?.Count() ?? 0);
}

class Program
{
    static int Main()
    {
        Node head = null;
        for (int i = 0; i < 20000; i++)
            head = new Node { Value = i, Next = head, Tag = (i % 1000 == 0) ? "mark" + i : null };
        // Drop every other node.
        for (Node n = head; n != null && n.Next != null; n = n.Next)
            n.Next = n.Next.Next;
        Tree keep = Tree.Build(12, 1);
        for (int round = 0; round < 20; round++)
        {
            Tree garbage = Tree.Build(10, round);
            if (garbage.Count() != 1023)
                Console.WriteLine("bad garbage tree");
        }
        long sum = 0;
        int count = 0, marks = 0;
        for (Node n = head; n != null; n = n.Next)
        {
            sum += n.Value;
            count++;
            if (n.Tag != null)
                marks++;
        }
        Console.WriteLine("list count " + count + " sum " + sum + " marks " + marks);
        Console.WriteLine("tree count " + keep.Count() + " sum " + keep.Sum());
        return 0;
    }
}
