package dev.diplomacy.examples;

public final class ReferenceArticle {
  public static void main(String[] args) {
    System.out.println("placeholder");
  }
}
