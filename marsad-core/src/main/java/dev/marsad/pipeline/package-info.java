/**
 * The ordered composition of Marsad's stages ({@link dev.marsad.pipeline.NewsPipeline}).
 *
 * <p>Error policy, for every module:
 * <ul>
 *   <li>Caller bugs (null or illegal arguments) throw {@code NullPointerException} or
 *       {@code IllegalArgumentException} at once, naming the parameter.</li>
 *   <li>Bad web data never throws: it degrades, and unreadable inputs become
 *       {@link dev.marsad.model.outcome.ReadOutcome.Rejected} values with a reason.</li>
 *   <li>Infrastructure failures (store, network) throw one unchecked module-specific exception with the cause
 *       attached. Resources shipped in the jar are wrapped in {@code UncheckedIOException}.</li>
 * </ul>
 */
package dev.marsad.pipeline;
