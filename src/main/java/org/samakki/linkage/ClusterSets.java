package org.samakki.linkage;

/**
 * Connected components over rows (union-find with path halving). The smaller row always becomes the
 * root, so components and their ids do not depend on the order in which links arrive.
 */
final class ClusterSets {

  private final int[] parent;

  ClusterSets(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  int find(int row) {
    int current = row;
    while (parent[current] != current) {
      parent[current] = parent[parent[current]];
      current = parent[current];
    }
    return current;
  }

  void union(int a, int b) {
    int rootA = find(a);
    int rootB = find(b);
    if (rootA < rootB) {
      parent[rootB] = rootA;
    } else if (rootB < rootA) {
      parent[rootA] = rootB;
    }
  }
}
