// binary-trees: allocates many short-lived complete binary trees and one long-lived
// one, and counts their nodes. A test of the allocator and the collector.
using System;

sealed class TreeNode
{
    public TreeNode Left, Right;

    public TreeNode(TreeNode left, TreeNode right)
    {
        Left = left;
        Right = right;
    }

    public static TreeNode Build(int depth)
    {
        if (depth == 0)
            return new TreeNode(null, null);
        return new TreeNode(Build(depth - 1), Build(depth - 1));
    }

    public int Count()
    {
        if (Left == null)
            return 1;
        return 1 + Left.Count() + Right.Count();
    }
}

static class BinaryTrees
{
    const int MinDepth = 4;

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10;
        int maxDepth = Math.Max(MinDepth + 2, n);

        int stretch = maxDepth + 1;
        Console.WriteLine("stretch tree of depth " + stretch + "\t check: " + TreeNode.Build(stretch).Count());

        TreeNode longLived = TreeNode.Build(maxDepth);

        for (int depth = MinDepth; depth <= maxDepth; depth += 2)
        {
            int iterations = 1 << (maxDepth - depth + MinDepth);
            long check = 0;
            for (int i = 0; i < iterations; i++)
                check += TreeNode.Build(depth).Count();
            Console.WriteLine(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }

        Console.WriteLine("long lived tree of depth " + maxDepth + "\t check: " + longLived.Count());
    }
}
