/**
 * A protection case’s contents aligned to IOM’s Human Trafficking Case Data Standard: recruitment,
 * means of control, exploitation and industry, trafficking events with place and dates, and risk
 * assessments; free text encrypted with the case key.
 */
package org.samakki.cases.htcds;
