package ru.knmc.innonet.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose Russian literals are words the program recognises in what people type or
 * import (header synonyms, «СОШ», «г.»), not text it shows: those stay in code, everything shown is in
 * the bundle.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface InputVocabulary {
}
