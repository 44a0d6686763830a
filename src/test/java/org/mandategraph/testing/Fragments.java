package org.mandategraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Pieces UN documents are made of, for fuzzing: header lines, body lines, numbered and lettered paragraphs,
 * footnotes and markers in Chinese and English, citation phrases, junk, and the paragraphs of the seed and corpus
 * files; and jqwik generators of text and documents assembled from them.
 */
public final class Fragments {
    public static final List<String> ZH_LINES = List.of(
            "大会", "Distr.: General", "30 March 2012", "第六十六届会议", "议程项目 107", "2011年12月19日大会决议",
            "[根据第三委员会的报告(A/66/463)通过]", "66/177. 加强国际合作，对付犯罪活动", "大会，", "大会,", "安全理事会，",
            "人权理事会，", "回顾其第65/232号决议，", "又回顾", "决定", "1. 决定", "2. 请秘书长提交报告；", "3.", "1.", "12. ",
            "(a) 加强合作；", "(b)", "(ii) 请各国", "（a）", "¹ 联合国，《条约汇编》，第2225卷，第39574号。", "¹", "²", "1/ 见",
            "2/", "《公约》¹", "《联合国打击跨国有组织犯罪公约》", "第 24 条第 4 款", "A/RES/66/177", "2012年3月30日",
            "第89次全体会议", "2011年12月19日\n第89次全体会议", "-----", "_____", "\f", "   ", "12-34567 (C)", "3/12",
            "- 3 -", "*1234567*", "认识到认识到认识到认识到", "主题:", "通过日期 2011年12月19日");
    public static final List<String> EN_LINES = List.of(
            "United Nations", "General Assembly Distr.: General", "Eightieth session",
            "Resolution adopted by the General Assembly on 19 September 2025",
            "[on the report of the Sixth Committee (A/80/500)]", "80/12. Title of the resolution", "The General Assembly,",
            "The Security Council,", "Recalling its resolution 66/177 of 19 December 2011,", "Recalling also",
            "1. Decides to", "2. Requests the Secretary-General to submit a report;", "3.", "1.", "(a) To strengthen;",
            "(b)", "(iv) States", "1 United Nations, Treaty Series, vol. 2225, No. 39574.", "[^1]", "[^1]: A footnote.",
            "<sup>2</sup>", "the Convention¹", "article 7, paragraph 1, of the Convention", "resolutions 1/1, 2/2 and 3/3",
            "Security Council resolution 1540 (2004)", "decision 2/CP.1", "A/RES/80/1", "31st plenary meeting",
            "19 December 2011", "# Heading", "**bold**", "---", "> quote", "- item", "nuclear- weapon-free");
    public static final List<String> JUNK = List.of(
            "", " ", "\t", "\r", "\r\n", "\n\n", "\u00A0", "\u3000", "\uFEFF", "\u0000", "\uE000", "\uE001", "\uE0001\uE001",
            "\uE002", "\uE004x\uE005", "\uFFFD", "\uD83D", "\uDE00", "\uD83D\uDE00", "(", ")", "（", "）", "《", "》", "“",
            "”", "/", "//", "1/", "9999999999", "第", "号", "条", "款", "、", "，", "；", "。", "...", "⁰¹²³⁴⁵⁶⁷⁸⁹",
            "１２．", "Ａ／６６", "|", "*", "***", "#", "`", "<", ">", "&amp;", "\\");

    private Fragments() {
    }

    /** The paragraphs (blank-line separated blocks) of the seeds and of a few corpus files. */
    public static synchronized List<String> seedParagraphs() {
        if (seedParagraphs == null) {
            List<String> out = new ArrayList<>();
            for (Path p : seedFiles()) {
                try {
                    for (String block : Files.readString(p, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                        if (!block.isBlank()) {
                            out.add(block.strip());
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            seedParagraphs = List.copyOf(out);
        }
        return seedParagraphs;
    }

    private static List<String> seedParagraphs;

    /** Seed files of every kind the text readers take: the Chinese seeds, English markdown, corpus text. */
    public static List<Path> seedFiles() {
        List<Path> out = new ArrayList<>();
        try {
            out.addAll(Seeds.files());
            for (String dir : List.of("src/test/resources/corpus-en", "src/test/resources/corpus2")) {
                try (Stream<Path> s = Files.list(Path.of(dir))) {
                    s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().limit(3)
                            .forEach(out::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Characters from every plane a document may hold, surrogates and private-use sentinels included. */
    public static Arbitrary<String> junk(int maxLength) {
        Arbitrary<String> c = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.chars().range(' ', '~').map(String::valueOf)),
                Tuple.of(1, Arbitraries.chars().range('\u4E00', '\u9FFF').map(String::valueOf)),
                Tuple.of(1, Arbitraries.chars().all().map(String::valueOf)),
                Tuple.of(1, Arbitraries.of(JUNK)),
                Tuple.of(1, Arbitraries.chars().numeric().map(String::valueOf)),
                Tuple.of(1, Arbitraries.of(" ", "\n", ".", ",", "(", ")", "/", "、")));
        return c.list().ofMaxSize(maxLength).map(l -> String.join("", l));
    }

    /**
     * A document-like text: lines drawn from the language's fragments, seed paragraphs, numbered and lettered
     * lines, junk, with random line breaks, blank lines, indents. Shrinks to fewer and simpler pieces.
     */
    public static Arbitrary<String> document(boolean english) {
        List<String> lines = english ? EN_LINES : ZH_LINES;
        Arbitrary<String> line = Arbitraries.of(lines);
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, line),
                Tuple.of(2, Arbitraries.of(seedParagraphs())),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 29), Arbitraries.of(". ", ".", "．"), line)
                        .as((n, dot, l) -> n + dot + l)),
                Tuple.of(1, Combinators.combine(Arbitraries.chars().range('a', 'z'), line).as((c, l) -> "(" + c + ") " + l)),
                Tuple.of(1, junk(12)),
                Tuple.of(1, Arbitraries.of(JUNK)));
        Arbitrary<String> sep = Arbitraries.of("\n", "\n", "\n\n", "\n\n", " ", "", "\r\n", "\n   ", "\n\n\n");
        // sizes uniform, not jqwik's usual bias to small lists: a document needs a few parts to have paragraphs
        return Combinators.combine(piece, sep).as(String::concat).list().ofMinSize(1).ofMaxSize(30)
                .withSizeDistribution(RandomDistribution.uniform()).map(l -> String.join("", l));
    }

    /** A document-like text in either language. */
    public static Arbitrary<String> documents() {
        return Arbitraries.oneOf(document(false), document(true));
    }

    /** Junk, or a document-like text in either language. */
    public static Arbitrary<String> text() {
        return Arbitraries.oneOf(junk(200), document(false), document(true));
    }
}
