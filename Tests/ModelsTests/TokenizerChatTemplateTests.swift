import Foundation
import TestSupport
import XCTest
@testable import Models

final class TokenizerChatTemplateTests: XCTestCase {
    private let conversation = [
        ChatMessage(role: "system", content: "Be brief."),
        ChatMessage(role: "user", content: "Hi"),
        ChatMessage(role: "assistant", content: "Hello!"),
        ChatMessage(role: "user", content: "Bye"),
    ]

    /// Qwen2.5's template (tool-call details cut, JSON-decoded): the tools branch first
    /// writes the default as a bare literal, the other branch as a whole system turn.
    private let qwenTemplate = """
    {%- if tools %}
        {{- '<|im_start|>system\\n' }}
        {%- if messages[0]['role'] == 'system' %}
            {{- messages[0]['content'] }}
        {%- else %}
            {{- 'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.' }}
        {%- endif %}
        {{- "\\n\\n# Tools\\n<tools>" }}{%- for tool in tools %}{{- tool | tojson }}{%- endfor %}{{- "</tools><|im_end|>\\n" }}
    {%- else %}
        {%- if messages[0]['role'] == 'system' %}
            {{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}
        {%- else %}
            {{- '<|im_start|>system\\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\\n' }}
        {%- endif %}
    {%- endif %}
    {%- for message in messages %}{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>' + '\\n' }}{%- endfor %}
    {%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}
    """

    private let llama3Template = "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}"

    func testDetection() throws {
        XCTAssertEqual(ChatTemplate.detect(qwenTemplate), .chatml)
        XCTAssertEqual(ChatTemplate.detect(llama3Template), .llama3)
        XCTAssertEqual(ChatTemplate.detect("{{ messages[0].content }}"), .plain)
        XCTAssertEqual(ChatTemplate.detect(nil), .plain)
        let config = try XCTUnwrap(Fixtures.json("m1_llama/tokenizer_config.json") as? [String: Any])
        XCTAssertEqual(ChatTemplate.detect(config["chat_template"] as? String), .chatml)
        XCTAssertNil(ChatTemplate.defaultSystemPrompt(in: config["chat_template"] as? String))
        XCTAssertEqual(ChatTemplate.defaultSystemPrompt(in: qwenTemplate),
                       "You are Qwen, created by Alibaba Cloud. You are a helpful assistant.")
        XCTAssertNil(ChatTemplate.defaultSystemPrompt(in: llama3Template))
        for template in ChatTemplate.allCases { XCTAssertEqual(ChatTemplate.detect(template.jinjaSource), template) }
    }

    func testChatMLRendering() {
        XCTAssertEqual(ChatTemplate.chatml.render(conversation, addGenerationPrompt: true),
                       "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
                           + "<|im_start|>assistant\nHello!<|im_end|>\n<|im_start|>user\nBye<|im_end|>\n<|im_start|>assistant\n")
        let user = [ChatMessage(role: "user", content: "Hi")]
        XCTAssertEqual(ChatTemplate.chatml.render(user, addGenerationPrompt: false), "<|im_start|>user\nHi<|im_end|>\n")
        // Qwen's default system turn is added only when the conversation has none.
        let qwenDefault = ChatTemplate.defaultSystemPrompt(in: qwenTemplate)
        XCTAssertEqual(ChatTemplate.chatml.render(user, addGenerationPrompt: true, defaultSystem: qwenDefault),
                       "<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n"
                           + "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n")
        XCTAssertEqual(ChatTemplate.chatml.render(conversation, addGenerationPrompt: false, defaultSystem: qwenDefault),
                       ChatTemplate.chatml.render(conversation, addGenerationPrompt: false))
        XCTAssertEqual(ChatTemplate.chatml.stopStrings, ["<|im_end|>"])
    }

    func testLlama3Rendering() {
        XCTAssertEqual(ChatTemplate.llama3.render(Array(conversation.prefix(2)) + [ChatMessage(role: "assistant", content: " Hey \n")],
                                                  addGenerationPrompt: true),
                       "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>"
                           + "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>"
                           + "<|start_header_id|>assistant<|end_header_id|>\n\nHey<|eot_id|>"
                           + "<|start_header_id|>assistant<|end_header_id|>\n\n")
        XCTAssertEqual(ChatTemplate.llama3.stopStrings, ["<|eot_id|>"])
    }

    func testPlainRendering() {
        XCTAssertEqual(ChatTemplate.plain.render(conversation, addGenerationPrompt: true),
                       "System: Be brief.\nUser: Hi\nAssistant: Hello!\nUser: Bye\nAssistant:")
        XCTAssertEqual(ChatTemplate.plain.stopStrings, [])
    }

    func testChatMessageCodable() throws {
        let data = try JSONEncoder().encode(conversation)
        XCTAssertEqual(try JSONDecoder().decode([ChatMessage].self, from: data), conversation)
    }
}
