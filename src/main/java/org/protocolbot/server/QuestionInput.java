package org.protocolbot.server;

/** The limits every endpoint that takes a question applies, with the same messages for each. */
final class QuestionInput {

    static final int MAX_QUESTION_CHARS = 1000;

    private QuestionInput() {
    }

    /**
     * The question, stripped.
     *
     * @param example a request that would have worked, shown when the question is missing
     * @throws ApiError 400 when it is missing, blank or longer than {@value #MAX_QUESTION_CHARS} characters
     */
    static String require(String raw, String example) {
        String question = raw == null ? "" : raw.strip();
        if (question.isEmpty()) {
            throw ApiError.badRequest("Please type a question, for example " + example + ".");
        }
        int length = question.codePointCount(0, question.length());
        if (length > MAX_QUESTION_CHARS) {
            throw ApiError.badRequest("The question is " + length + " characters long; the limit is "
                    + MAX_QUESTION_CHARS + ". Please shorten it to the point you want the protocol to answer.");
        }
        return question;
    }
}
