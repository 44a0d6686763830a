package org.mandategraph.bench;
@picocli.CommandLine.Command(name = "run")
public class RunCommand implements Runnable { public void run() {} }
