package org.mandategraph.cli;

import picocli.CommandLine;

/**
 * What every command that reads documents into a store takes ({@code load}, and {@code serve} with INPUTs): the
 * store folder and how to read damaged text. One mixin, so the two commands cannot drift apart.
 */
public class LoadOptions {
    @CommandLine.Mixin
    StoreOption store;

    @CommandLine.Mixin
    DecodingOption decoding;
}
